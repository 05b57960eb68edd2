package org.liminal.curriculum;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's day-of roles and their role cards. Every organization starts with a welcomer, a
 * timekeeper and a fun captain, written in the language of the organizer who first needs them.
 */
@Service
public class DayOfRoles {

	private final DayOfRoleRepository roles;

	private final MessageSource messages;

	private final Clock clock;

	DayOfRoles(DayOfRoleRepository roles, MessageSource messages, Clock clock) {
		this.roles = roles;
		this.messages = messages;
		this.clock = clock;
	}

	/** Active roles first, then retired ones, each by name. */
	@Transactional(readOnly = true)
	public List<DayOfRoleView> all() {
		return roles.findAllByOrderByRetiredAscNameAsc().stream().map(DayOfRole::view).toList();
	}

	@Transactional(readOnly = true)
	public List<DayOfRoleView> active() {
		return all().stream().filter(role -> !role.retired()).toList();
	}

	@Transactional(readOnly = true)
	public DayOfRoleView role(UUID roleId) {
		return require(roleId).view();
	}

	@Transactional
	public UUID create(RoleCard card) {
		requireFreeName(card.name(), null);
		return roles.save(new DayOfRole(null, card, clock.instant())).id();
	}

	@Transactional
	public void change(UUID roleId, RoleCard card, long expectedVersion) {
		DayOfRole role = require(roleId);
		Drafts.requireVersion(role.version(), expectedVersion, DayOfRole.class, roleId);
		requireFreeName(card.name(), roleId);
		role.change(card);
	}

	/** Retired roles are no longer offered to programs; versions that use them keep them. */
	@Transactional
	public void retire(UUID roleId) {
		require(roleId).retire();
	}

	@Transactional
	public void restore(UUID roleId) {
		require(roleId).restore();
	}

	/** Adds the welcomer, timekeeper and fun captain where they are missing. */
	@Transactional
	public void addPresets(Locale locale) {
		for (DayOfRole.Preset preset : DayOfRole.Preset.values()) {
			missingPreset(preset, locale).ifPresent(card -> roles.save(new DayOfRole(preset, card, clock.instant())));
		}
	}

	/**
	 * The names of the usual roles {@link #addPresets} would add: a retired preset is not missing (it can be
	 * restored), nor is one whose name another role already has.
	 */
	@Transactional(readOnly = true)
	public List<String> missingPresets(Locale locale) {
		return Arrays.stream(DayOfRole.Preset.values())
			.flatMap(preset -> missingPreset(preset, locale).stream())
			.map(RoleCard::name)
			.toList();
	}

	private Optional<RoleCard> missingPreset(DayOfRole.Preset preset, Locale locale) {
		if (roles.findByPreset(preset).isPresent()) {
			return Optional.empty();
		}
		RoleCard card = presetCard(preset, locale);
		return roles.findByNameIgnoreCase(card.name()).isPresent() ? Optional.empty() : Optional.of(card);
	}

	private RoleCard presetCard(DayOfRole.Preset preset, Locale locale) {
		String prefix = "dayOfRole.preset." + preset.name().toLowerCase(Locale.ROOT) + ".";
		return new RoleCard(text(prefix + "name", locale), text(prefix + "summary", locale),
				text(prefix + "before", locale), text(prefix + "during", locale), text(prefix + "after", locale));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	DayOfRole require(UUID roleId) {
		return roles.findById(roleId).orElseThrow(CurriculumItemNotFound::new);
	}

	private void requireFreeName(String name, UUID except) {
		boolean taken = except == null ? roles.findByNameIgnoreCase(name.strip()).isPresent()
				: roles.existsByNameIgnoreCaseAndIdNot(name.strip(), except);
		if (taken) {
			throw new CurriculumChangeRefused("dayOfRole.error.nameTaken", name.strip());
		}
	}

}
