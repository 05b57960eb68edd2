package org.liminal.participants;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Waiting for the letters that participants' events bring, which are written after commit on another thread. */
public final class Letters {

	private Letters() {
	}

	/** Until every event published for the organization has been handled by its listeners. */
	public static void awaitHandled(JdbcClient jdbc, UUID organizationId) {
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.sql("""
				select count(*) from event_publication
				where completion_date is null and serialized_event like ?""")
			.param("%" + organizationId + "%")
			.query(Integer.class)
			.single() == 0);
	}

}
