package org.liminal.participants;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.liminal.accounts.AccountSummary;
import org.liminal.accounts.Accounts;
import org.liminal.organizations.Member;
import org.liminal.organizations.Memberships;
import org.liminal.trainings.AttendanceRecords;
import org.liminal.trainings.Attendee;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attendees of a training as recorded here, for {@code TrainingCompleted}: registrations marked attended, one
 * per email, linked to the account of the organization's member with that email. Erased people are left out:
 * nothing is to be granted to a person who is no longer known.
 */
@Component
class RecordedAttendance implements AttendanceRecords {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Memberships memberships;

	RecordedAttendance(JdbcClient jdbc, Accounts accounts, Memberships memberships) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.memberships = memberships;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Attendee> attendeesOf(UUID trainingId) {
		Map<String, String> nameByEmail = new LinkedHashMap<>();
		jdbc.sql("""
				select name, email from registration
				where training_id = ? and status = 'CONFIRMED' and attended and erased_at is null order by arrival""")
			.param(trainingId)
			.query((row, number) -> nameByEmail.putIfAbsent(row.getString("email"), row.getString("name")))
			.list();
		if (nameByEmail.isEmpty()) {
			return List.of();
		}
		Map<String, AccountSummary> accountByEmail = accounts.findAllByEmail(nameByEmail.keySet());
		Set<UUID> members = accountByEmail.isEmpty() ? Set.of()
				: memberships.members().stream().map(Member::accountId).collect(Collectors.toSet());
		return nameByEmail.entrySet().stream().map(attendee -> {
			AccountSummary account = accountByEmail.get(attendee.getKey());
			UUID accountId = account != null && members.contains(account.id()) ? account.id() : null;
			return new Attendee(attendee.getValue(), attendee.getKey(), accountId);
		}).toList();
	}

}
