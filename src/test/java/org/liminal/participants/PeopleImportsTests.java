package org.liminal.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.participants.ImportChange.Kind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Importing people from CSV: columns guessed from English or Spanish headers, every row's problem reported by
 * its number, nothing written while problems are not accepted, people merged by email without overwriting, and
 * the same file twice changing nothing the second time.
 */
@SpringBootTest
@Import(Fixtures.class)
class PeopleImportsTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	PeopleImports imports;

	@Autowired
	JdbcClient jdbc;

	OrganizationSummary organization;

	@BeforeEach
	void anOrganization() {
		organization = fixtures.organization("imports");
	}

	@Test
	void columnsAreGuessedFromEnglishOrSpanishHeaders() {
		assertThat(ImportColumn.guess(List.of("Full name", "E-mail", "Mobile", "Notes")))
			.containsExactly(ImportColumn.NAME, ImportColumn.EMAIL, ImportColumn.PHONE, ImportColumn.IGNORE);
		assertThat(ImportColumn.guess(List.of("Correo electrónico", "Nombre", "Teléfono")))
			.containsExactly(ImportColumn.EMAIL, ImportColumn.NAME, ImportColumn.PHONE);
		assertThat(ImportColumn.guess(List.of("Email", "email"))).containsExactly(ImportColumn.EMAIL,
				ImportColumn.IGNORE);
		ImportFile noHeaders = file(upload("Ana,ana@example.org\n"));
		assertThat(noHeaders.guessedMapping())
			.isEqualTo(new ImportMapping(List.of(ImportColumn.IGNORE, ImportColumn.EMAIL), false));
	}

	@Test
	void semicolonsQuotesAndAByteOrderMarkAreRead() {
		String csv = "\uFEFFNombre;Correo;Teléfono\r\n\"López; Ana\";ANA@example.org;\"+34 \"\"600\"\"\"\r\n\r\n";
		ImportFile file = file(upload(csv));

		assertThat(file.table().separator()).isEqualTo(';');
		assertThat(file.table().rows()).containsExactly(List.of("Nombre", "Correo", "Teléfono"),
				List.of("López; Ana", "ANA@example.org", "+34 \"600\""));
		ImportReview review = as(() -> imports.review(file.id(), file.guessedMapping()));
		assertThat(review.changes()).singleElement().satisfies(change -> {
			assertThat(change.email()).isEqualTo("ana@example.org");
			assertThat(change.kind()).isEqualTo(Kind.ADD);
		});
	}

	@Test
	void everyRowsProblemIsReportedByItsNumberAndNothingIsWrittenUnlessSkipped() {
		String csv = """
				name,email,phone
				Ana,ana@example.org,555
				Nobody,,
				Bad,not-an-address,
				%s,long@example.org,
				Ana Twice,ANA@example.org,
				Bo,bo@example.org,%s
				Cy,cy@example.org,
				""".formatted("x".repeat(121), "9".repeat(41));
		UUID importId = upload(csv);
		ImportMapping mapping = file(importId).guessedMapping();

		ImportReview review = as(() -> imports.review(importId, mapping));

		assertThat(review.problems()).extracting(ImportProblem::row, ImportProblem::messageKey).containsExactly(
				org.assertj.core.groups.Tuple.tuple(3, "people.import.problem.emailMissing"),
				org.assertj.core.groups.Tuple.tuple(4, "people.import.problem.emailInvalid"),
				org.assertj.core.groups.Tuple.tuple(5, "people.import.problem.nameTooLong"),
				org.assertj.core.groups.Tuple.tuple(6, "people.import.problem.duplicate"),
				org.assertj.core.groups.Tuple.tuple(7, "people.import.problem.phoneTooLong"));
		assertThat(review.problems().get(3).arguments()).containsExactly("ana@example.org", 2);
		assertThatThrownBy(() -> as(() -> imports.confirm(importId, mapping, false)))
			.isInstanceOfSatisfying(ParticipantsChangeRefused.class,
					refusal -> assertThat(refusal.field()).isEqualTo("skipProblems"));
		assertThat(people()).isZero();

		ImportResult result = as(() -> imports.confirm(importId, mapping, true));

		assertThat(result).isEqualTo(new ImportResult(2, 0, 0, 5));
		assertThat(people()).isEqualTo(2);
		assertThat(as(() -> jdbc.sql("select count(*) from people_import where content <> ''")
			.query(Long.class)
			.single())).as("the upload's rows are forgotten").isZero();
		assertThatThrownBy(() -> as(() -> imports.confirm(importId, mapping, true)))
			.isInstanceOfSatisfying(ImportAlreadyDone.class, done -> assertThat(done.result()).isEqualTo(result));
		assertThat(people()).isEqualTo(2);
	}

	@Test
	void knownPeopleGetOnlyWhatTheyLackAndTheSameFileTwiceChangesNothing() {
		as(() -> imports.confirm(upload("email,name\nana@example.org,Ana\nbo@example.org,\n"),
				new ImportMapping(List.of(ImportColumn.EMAIL, ImportColumn.NAME), true), false));
		String csv = "email,name,phone\nana@example.org,Ana María,555\nbo@example.org,Bo,\ncy@example.org,Cy,\n";
		UUID importId = upload(csv);
		ImportMapping mapping = file(importId).guessedMapping();

		ImportReview review = as(() -> imports.review(importId, mapping));

		ImportChange ana = review.changes().get(0);
		assertThat(ana.kind()).isEqualTo(Kind.FILL);
		assertThat(ana.filled()).containsExactly(new ImportChange.FieldChange("people.field.phone", "", "555"));
		assertThat(ana.kept()).containsExactly(new ImportChange.FieldChange("people.field.name", "Ana", "Ana María"));
		assertThat(as(() -> imports.confirm(importId, mapping, false))).isEqualTo(new ImportResult(1, 2, 0, 0));
		assertThat(as(() -> jdbc.sql("select name || '/' || phone from person order by email").query(String.class)
			.list())).containsExactly("Ana/555", "Bo/", "Cy/");

		ImportResult again = as(() -> imports.confirm(upload(csv), mapping, false));

		assertThat(again).isEqualTo(new ImportResult(0, 0, 3, 0));
		assertThat(people()).isEqualTo(3);
	}

	@Test
	void filesThatAreNotUtf8CsvOrTooLargeAreRefusedWithAReason() {
		assertThat(refusal("Nombre,Correo\nJosé,jose@example.org\n".getBytes(StandardCharsets.ISO_8859_1)))
			.isEqualTo("people.import.error.encoding");
		assertThat(refusal(new byte[] { 'a', 0, 'b' })).isEqualTo("people.import.error.notText");
		assertThat(refusal("\n\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("people.import.error.empty");
		assertThat(refusal(new byte[PeopleImports.MAX_BYTES + 1])).isEqualTo("people.import.error.tooLarge");
		assertThat(refusal("a@example.org\n".repeat(PeopleImports.MAX_ROWS + 2).getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("people.import.error.tooManyRows");
		assertThat(refusal(",".repeat(PeopleImports.MAX_COLUMNS).concat("x").getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("people.import.error.tooManyColumns");
		assertThat(as(() -> jdbc.sql("select count(*) from people_import").query(Long.class).single())).isZero();
	}

	@Test
	void aMappingWithoutOneEmailColumnIsRefused() {
		UUID importId = upload("a,b\nAna,ana@example.org\n");

		assertThatThrownBy(() -> as(() -> imports.review(importId,
				new ImportMapping(List.of(ImportColumn.NAME, ImportColumn.IGNORE), true))))
			.isInstanceOfSatisfying(ParticipantsChangeRefused.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("people.import.error.noEmailColumn"));
		assertThatThrownBy(() -> as(() -> imports.review(importId,
				new ImportMapping(List.of(ImportColumn.EMAIL, ImportColumn.EMAIL), true))))
			.isInstanceOfSatisfying(ParticipantsChangeRefused.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("people.import.error.columnTwice"));
	}

	private String refusal(byte[] content) {
		try {
			as(() -> imports.upload("list.csv", content, UUID.randomUUID()));
			return null;
		}
		catch (ParticipantsChangeRefused refusal) {
			assertThat(refusal.field()).isEqualTo("file");
			return refusal.messageKey();
		}
	}

	private UUID upload(String csv) {
		return as(() -> imports.upload("list.csv", csv.getBytes(StandardCharsets.UTF_8), UUID.randomUUID()));
	}

	private ImportFile file(UUID importId) {
		return as(() -> imports.file(importId));
	}

	private long people() {
		return as(() -> jdbc.sql("select count(*) from person").query(Long.class).single());
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

}
