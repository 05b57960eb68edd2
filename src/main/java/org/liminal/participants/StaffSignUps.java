package org.liminal.participants;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff signing someone up on their behalf (by phone, from a paper list): the same seats and waitlist as the
 * public form, with the consent the person gave to the staff member, who is recorded.
 */
@Service
public class StaffSignUps {

	private final Registrations registrations;

	private final JdbcClient jdbc;

	StaffSignUps(Registrations registrations, JdbcClient jdbc) {
		this.registrations = registrations;
		this.jdbc = jdbc;
	}

	/** A seat while there is one, else the waitlist; an email already signed up gets its registration back. */
	@Transactional
	public SignUp add(UUID trainingId, SignUpDetails details, UUID staffId) {
		SignUp signUp = registrations.signUp(trainingId, details);
		if (signUp.existing()) {
			return signUp;
		}
		jdbc.sql("update registration set consent_recorded_by = ? where id = ?")
			.params(staffId, signUp.registration().id())
			.update();
		return signUp;
	}

}
