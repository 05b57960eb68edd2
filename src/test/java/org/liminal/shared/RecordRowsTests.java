package org.liminal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liminal.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows become records on real PostgreSQL as {@code JdbcClient.query(Class)} makes them. */
@WebTest
class RecordRowsTests {

	enum Colour {
		RED, GREEN
	}

	record Mapped(UUID trainingId, String name, Colour colour, Instant submittedAt, LocalDate firstDay, int seats,
			Integer leadDays, long filledSeats) {
	}

	@Autowired
	JdbcClient jdbc;

	@Test
	void componentsComeFromTheirSnakeCaseColumnsConvertedToTheirTypes() {
		UUID id = UUID.randomUUID();
		Instant submitted = Instant.now().truncatedTo(ChronoUnit.MICROS);

		Mapped row = jdbc.sql("""
				select cast(:id as uuid) as training_id, 'Spring training' as name, 'GREEN' as colour,
				       cast(:submitted as timestamptz) as submitted_at, date '2026-03-14' as first_day,
				       cast(null as integer) as seats, cast(null as integer) as lead_days, 3 as filled_seats""")
			.param("id", id)
			.param("submitted", java.sql.Timestamp.from(submitted))
			.query(RecordRows.of(Mapped.class))
			.single();

		assertThat(row).isEqualTo(new Mapped(id, "Spring training", Colour.GREEN, submitted,
				LocalDate.of(2026, 3, 14), 0, null, 3L));
	}

	@Test
	void aColumnNamedAsTheComponentItselfServesToo() {
		record Single(int leadDays) {
		}

		assertThat(jdbc.sql("select 4 as leaddays").query(RecordRows.of(Single.class)).single())
			.isEqualTo(new Single(4));
	}

	@Test
	void onlyRecordsAreMapped() {
		assertThatIllegalArgumentException().isThrownBy(() -> RecordRows.of(String.class));
	}

}
