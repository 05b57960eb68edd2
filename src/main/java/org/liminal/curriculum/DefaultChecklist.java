package org.liminal.curriculum;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The prep checklist every new program starts with: eight weeks of preparation and two weeks of follow-up,
 * as movements that ran such trainings learned to do it.
 */
@Component
class DefaultChecklist {

	/** A task of the default template: its message key, offset and owner. */
	record Entry(String key, int offsetDays, ResponsibleRole responsible, DayOfRole.Preset dayOfRole) {

		Entry(String key, int offsetDays, ResponsibleRole responsible) {
			this(key, offsetDays, responsible, null);
		}

	}

	static final List<Entry> ENTRIES = List.of(
			new Entry("confirmVenue", -56, ResponsibleRole.CHAPTER_LEAD),
			new Entry("recruitTrainers", -49, ResponsibleRole.CHAPTER_LEAD),
			new Entry("requestCoach", -49, ResponsibleRole.CHAPTER_LEAD),
			new Entry("openRegistration", -42, ResponsibleRole.CHAPTER_LEAD),
			new Entry("assignModules", -35, ResponsibleRole.LEAD_TRAINER),
			new Entry("studyGuides", -35, ResponsibleRole.MODULE_TRAINER),
			new Entry("firstRunThroughs", -28, ResponsibleRole.MODULE_TRAINER),
			new Entry("coachFeedback", -21, ResponsibleRole.COACH),
			new Entry("recruitDayOfRoles", -21, ResponsibleRole.CHAPTER_LEAD),
			new Entry("fullRunThrough", -14, ResponsibleRole.LEAD_TRAINER),
			new Entry("logistics", -14, ResponsibleRole.CHAPTER_LEAD),
			new Entry("finalRunThrough", -7, ResponsibleRole.LEAD_TRAINER),
			new Entry("confirmRoles", -7, ResponsibleRole.CHAPTER_LEAD),
			new Entry("participantReminder", -7, ResponsibleRole.CHAPTER_LEAD),
			new Entry("lastReminder", -2, ResponsibleRole.CHAPTER_LEAD),
			new Entry("signInSheets", -2, ResponsibleRole.DAY_OF_ROLE, DayOfRole.Preset.WELCOMER),
			new Entry("trainingDay", 0, ResponsibleRole.LEAD_TRAINER),
			new Entry("debrief", 2, ResponsibleRole.LEAD_TRAINER),
			new Entry("followUp", 7, ResponsibleRole.CHAPTER_LEAD));

	private final MessageSource messages;

	private final DayOfRoleRepository roles;

	DefaultChecklist(MessageSource messages, DayOfRoleRepository roles) {
		this.messages = messages;
		this.roles = roles;
	}

	/**
	 * Adds the default tasks to a draft, in the given language. A task for a day-of role the organization
	 * no longer has goes to the chapter lead.
	 */
	void addTo(ProgramVersion draft, Locale locale) {
		for (Entry entry : ENTRIES) {
			DayOfRole role = entry.dayOfRole() == null ? null
					: roles.findByPreset(entry.dayOfRole()).filter(found -> !found.retired()).orElse(null);
			ResponsibleRole responsible = entry.dayOfRole() != null && role == null ? ResponsibleRole.CHAPTER_LEAD
					: entry.responsible();
			String prefix = "checklist.default." + entry.key() + ".";
			draft.addChecklistItem(new ChecklistTask(messages.getMessage(prefix + "title", null, locale),
					messages.getMessage(prefix + "description", null, locale), entry.offsetDays(), responsible,
					role == null ? null : role.id()), role);
		}
	}

}
