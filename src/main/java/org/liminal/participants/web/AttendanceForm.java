package org.liminal.participants.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.liminal.participants.AttendanceEntry;
import org.liminal.participants.NextStep;
import org.liminal.participants.Registration;
import org.springframework.validation.BindingResult;

/**
 * The attendance sheet as one plain form: a row per person, with whether they attended and their next step. A
 * next step is one choice: a team ({@code TEAM:<teamId>}) or one of the other steps by name, empty while unknown.
 */
public class AttendanceForm {

	private static final String TEAM_PREFIX = NextStep.TEAM.name() + ":";

	private List<Row> rows = new ArrayList<>();

	/** The sheet as saved; people whose attendance is not recorded yet are pre-filled from their check-in. */
	static AttendanceForm of(List<Registration> expected) {
		AttendanceForm form = new AttendanceForm();
		expected.forEach(registration -> form.rows.add(Row.of(registration)));
		return form;
	}

	/** The value of the choice of a next step. */
	static String choice(NextStep step, UUID teamId) {
		if (step == null) {
			return "";
		}
		return step == NextStep.TEAM ? TEAM_PREFIX + teamId : step.name();
	}

	/** The rows as entries; a choice that is not one offered is rejected next to it. */
	List<AttendanceEntry> entries(BindingResult result) {
		List<AttendanceEntry> entries = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			String choice = row.choice == null ? "" : row.choice.strip();
			NextStep step = null;
			UUID teamId = null;
			try {
				if (choice.startsWith(TEAM_PREFIX)) {
					step = NextStep.TEAM;
					teamId = UUID.fromString(choice.substring(TEAM_PREFIX.length()));
				}
				else if (!choice.isEmpty()) {
					step = NextStep.valueOf(choice);
				}
			}
			catch (IllegalArgumentException notOffered) {
				result.rejectValue("rows[" + i + "].choice", "attendance.error.choice");
				continue;
			}
			entries.add(new AttendanceEntry(row.registrationId, row.attended, step, teamId, row.version));
		}
		return entries;
	}

	public List<Row> getRows() {
		return rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/** One person's row. */
	public static class Row {

		private UUID registrationId;

		private boolean attended;

		private String choice = "";

		private long version;

		static Row of(Registration registration) {
			Row row = new Row();
			row.registrationId = registration.id();
			row.attended = registration.attended() != null ? registration.attended() : registration.isCheckedIn();
			row.choice = choice(registration.nextStep(), registration.nextStepTeamId());
			row.version = registration.version();
			return row;
		}

		public UUID getRegistrationId() {
			return registrationId;
		}

		public void setRegistrationId(UUID registrationId) {
			this.registrationId = registrationId;
		}

		public boolean isAttended() {
			return attended;
		}

		public void setAttended(boolean attended) {
			this.attended = attended;
		}

		public String getChoice() {
			return choice;
		}

		public void setChoice(String choice) {
			this.choice = choice;
		}

		public long getVersion() {
			return version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

}
