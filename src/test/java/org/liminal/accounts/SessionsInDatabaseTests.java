package org.liminal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liminal.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/** Sessions kept in PostgreSQL, as two requests of one person at once use them. */
@WebTest
class SessionsInDatabaseTests {

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Test
	void twoRequestsAddingTheSameAttributeAtOnceBothSave() {
		assertThat(bothSaved(sessions)).isEqualTo("from the second");
	}

	private static <S extends Session> String bothSaved(SessionRepository<S> sessions) {
		S session = sessions.createSession();
		sessions.save(session);
		// Both read the session before either saves, as two tabs' requests do.
		S first = sessions.findById(session.getId());
		S second = sessions.findById(session.getId());
		first.setAttribute("csrf", "from the first");
		second.setAttribute("csrf", "from the second");

		sessions.save(first);
		sessions.save(second);

		String saved = sessions.findById(session.getId()).getAttribute("csrf");
		sessions.deleteById(session.getId());
		return saved;
	}

}
