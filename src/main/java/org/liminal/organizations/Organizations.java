package org.liminal.organizations;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of organizations: creation (an operator's act) and lookup by slug.
 */
@Service
public class Organizations {

	/** Top-level paths that belong to the application, not to an organization. */
	public static final Set<String> RESERVED_SLUGS = Set.of("login", "logout", "organizations", "invitations",
			"password-reset", "account", "error", "css", "js", "images", "webjars", "actuator", "favicon.ico",
			"api", "admin", "static", "assets", "public", "join", "calendar", "unsubscribe", "robots.txt");

	private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

	private final OrganizationRepository organizations;

	private final Clock clock;

	Organizations(OrganizationRepository organizations, Clock clock) {
		this.organizations = organizations;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<OrganizationSummary> findBySlug(String slug) {
		return organizations.findBySlug(slug).map(Organization::summary);
	}

	@Transactional(readOnly = true)
	public Optional<OrganizationSummary> findById(UUID id) {
		return organizations.findById(id).map(Organization::summary);
	}

	/** Every organization's id, for work that runs for each in turn (the daily run of the chapters). */
	@Transactional(readOnly = true)
	public List<UUID> ids() {
		return organizations.findAllIds();
	}

	/**
	 * Creates an organization. Slugs are lower-case letters, digits and dashes, and never one of the
	 * application's own top-level paths.
	 */
	@Transactional
	public OrganizationSummary create(String slug, String name) {
		if (!isValidSlug(slug)) {
			throw new IllegalArgumentException("Invalid organization slug: " + slug
					+ " (use 1-40 lower-case letters, digits and dashes, not one of " + RESERVED_SLUGS + ")");
		}
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("An organization needs a name");
		}
		if (organizations.existsBySlug(slug)) {
			throw new IllegalArgumentException("An organization with slug " + slug + " already exists");
		}
		return organizations.save(new Organization(slug, name.strip(), clock.instant())).summary();
	}

	public static boolean isValidSlug(String slug) {
		return slug != null && SLUG.matcher(slug).matches() && !RESERVED_SLUGS.contains(slug);
	}

}
