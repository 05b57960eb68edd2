package org.liminal.participants;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.liminal.organizations.TenantContext;
import org.liminal.participants.ImportChange.FieldChange;
import org.liminal.participants.ImportChange.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of people imported from CSV, in steps: the upload is kept in the database, the organizer says what each
 * column holds, reviews what the import would do, and confirms. People merge by email: a new email is a new
 * person, a known one gets only the details they lack. Nothing is written while the list has rows with problems,
 * unless the organizer chose to skip those rows.
 */
@Service
public class PeopleImports {

	public static final int MAX_BYTES = 1024 * 1024;

	public static final int MAX_ROWS = 5000;

	public static final int MAX_COLUMNS = 30;

	/** Uploads never confirmed are removed after this long. */
	static final Duration KEPT_FOR = Duration.ofDays(1);

	private static final int MAX_FILE_NAME = 255;

	private final JdbcClient jdbc;

	private final Clock clock;

	PeopleImports(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Keeps an uploaded list for the next steps, once it reads as CSV within the limits.
	 *
	 * @throws ParticipantsChangeRefused about the {@code file}: empty, too large, not UTF-8, too many rows or columns
	 * @return the import's id
	 */
	@Transactional
	public UUID upload(String fileName, byte[] content, UUID uploadedBy) {
		if (content.length > MAX_BYTES) {
			throw new ParticipantsChangeRefused("file", "people.import.error.tooLarge", MAX_BYTES / 1024 / 1024);
		}
		String text = utf8(content);
		CsvTable table = CsvTable.parse(text);
		if (table.rows().isEmpty()) {
			throw new ParticipantsChangeRefused("file", "people.import.error.empty");
		}
		if (table.rows().size() > MAX_ROWS + 1) {
			throw new ParticipantsChangeRefused("file", "people.import.error.tooManyRows", MAX_ROWS);
		}
		if (table.columnCount() > MAX_COLUMNS) {
			throw new ParticipantsChangeRefused("file", "people.import.error.tooManyColumns", MAX_COLUMNS);
		}
		jdbc.sql("delete from people_import where created_at < ?")
			.param(Timestamp.from(clock.instant().minus(KEPT_FOR)))
			.update();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into people_import (id, organization_id, uploaded_by, file_name, content, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, TenantContext.requireOrganizationId(), uploadedBy, tidyFileName(fileName), text,
					Timestamp.from(clock.instant()))
			.update();
		return id;
	}

	/**
	 * An uploaded list waiting to be imported, else not found.
	 *
	 * @throws ImportAlreadyDone when it was imported already
	 */
	@Transactional(readOnly = true)
	public ImportFile file(UUID importId) {
		return waiting(importId, "");
	}

	/** The list by id, refused when it is gone or already imported; {@code lock} is appended to the select. */
	private ImportFile waiting(UUID importId, String lock) {
		return jdbc.sql("""
				select id, file_name, content, imported_at, added, filled, unchanged, skipped
				from people_import where id = ?""" + lock)
			.param(importId)
			.query((row, number) -> {
				if (row.getTimestamp("imported_at") != null) {
					throw new ImportAlreadyDone(new ImportResult(row.getInt("added"), row.getInt("filled"),
							row.getInt("unchanged"), row.getInt("skipped")));
				}
				return new ImportFile(row.getObject("id", UUID.class), row.getString("file_name"),
						CsvTable.parse(row.getString("content")));
			})
			.optional()
			.orElseThrow(ImportNotFound::new);
	}

	/**
	 * What importing the list with this mapping would do, writing nothing.
	 *
	 * @throws ParticipantsChangeRefused about the {@code columns} when no column, or two, hold the email (or two
	 * the name, or the phone)
	 */
	@Transactional(readOnly = true)
	public ImportReview review(UUID importId, ImportMapping mapping) {
		return review(file(importId), mapping);
	}

	/**
	 * Imports the list: adds the new people and fills in what known ones lack, then forgets the upload's rows (what
	 * the import did is kept until uploads are cleared, for a second confirmation to be told).
	 *
	 * @param skipProblems whether the organizer chose to leave out the rows with problems
	 * @throws ParticipantsChangeRefused about {@code skipProblems} when some rows have problems and the organizer
	 * did not choose to skip them: then nothing is written
	 * @throws ImportAlreadyDone when it was imported already: nothing is written again
	 */
	@Transactional
	public ImportResult confirm(UUID importId, ImportMapping mapping, boolean skipProblems) {
		ImportFile file = waiting(importId, " for update");
		ImportReview review = review(file, mapping);
		if (review.hasProblems() && !skipProblems) {
			throw new ParticipantsChangeRefused("skipProblems", "people.import.error.problemsNotAccepted",
					review.problems().size());
		}
		UUID organizationId = TenantContext.requireOrganizationId();
		Timestamp now = Timestamp.from(clock.instant());
		for (ImportChange change : review.changes()) {
			if (change.kind() == Kind.ADD) {
				// Someone signing up meanwhile is a person already: theirs stays.
				jdbc.sql("""
						insert into person (id, organization_id, email, name, phone, source, created_at)
						values (?, ?, ?, ?, ?, 'IMPORT', ?)
						on conflict (organization_id, email) do nothing""")
					.params(UUID.randomUUID(), organizationId, change.email(), change.name(), change.phone(), now)
					.update();
			}
			else if (change.kind() == Kind.FILL) {
				jdbc.sql("""
						update person set name = case when name = '' then ? else name end,
						                  phone = case when phone = '' then ? else phone end, version = version + 1
						where email = ?""")
					.params(change.name(), change.phone(), change.email())
					.update();
			}
		}
		ImportResult result = review.result();
		jdbc.sql("""
				update people_import set content = '', imported_at = ?, added = ?, filled = ?, unchanged = ?, skipped = ?
				where id = ?""")
			.params(now, result.added(), result.filled(), result.unchanged(), result.skipped(), importId)
			.update();
		return result;
	}

	private ImportReview review(ImportFile file, ImportMapping mapping) {
		refuseUnclear(mapping);
		int email = mapping.indexOf(ImportColumn.EMAIL);
		int name = mapping.indexOf(ImportColumn.NAME);
		int phone = mapping.indexOf(ImportColumn.PHONE);
		List<ImportProblem> problems = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		Map<String, Integer> firstRowOf = new HashMap<>();
		List<List<String>> lines = file.table().rows();
		for (int index = mapping.header() ? 1 : 0; index < lines.size(); index++) {
			List<String> line = lines.get(index);
			Row row = new Row(index + 1, CsvTable.cell(line, email).strip().toLowerCase(Locale.ROOT),
					name < 0 ? "" : CsvTable.cell(line, name).strip(), phone < 0 ? "" : CsvTable.cell(line, phone).strip());
			ImportProblem problem = problemOf(row, firstRowOf);
			if (problem != null) {
				problems.add(problem);
			}
			else {
				firstRowOf.put(row.email(), row.number());
				rows.add(row);
			}
		}
		Map<String, Person> known = new HashMap<>();
		if (!rows.isEmpty()) {
			jdbc.sql("select " + People.COLUMNS + " from person where email = any(?)")
				.param(rows.stream().map(Row::email).toArray(String[]::new))
				.query(People::person)
				.list()
				.forEach(person -> known.put(person.email(), person));
		}
		List<ImportChange> changes = rows.stream().map(row -> changeOf(row, known.get(row.email()))).toList();
		return new ImportReview(mapping, problems, changes);
	}

	private static ImportProblem problemOf(Row row, Map<String, Integer> firstRowOf) {
		if (row.email().isEmpty()) {
			return new ImportProblem(row.number(), "people.import.problem.emailMissing", List.of());
		}
		if (row.email().length() > SignUpDetails.MAX_EMAIL || !Registrations.EMAIL.matcher(row.email()).matches()) {
			return new ImportProblem(row.number(), "people.import.problem.emailInvalid", List.of(row.email()));
		}
		if (row.name().length() > SignUpDetails.MAX_NAME) {
			return new ImportProblem(row.number(), "people.import.problem.nameTooLong", List.of(SignUpDetails.MAX_NAME));
		}
		if (row.phone().length() > SignUpDetails.MAX_PHONE) {
			return new ImportProblem(row.number(), "people.import.problem.phoneTooLong",
					List.of(SignUpDetails.MAX_PHONE));
		}
		Integer first = firstRowOf.get(row.email());
		if (first != null) {
			return new ImportProblem(row.number(), "people.import.problem.duplicate", List.of(row.email(), first));
		}
		return null;
	}

	private static ImportChange changeOf(Row row, Person person) {
		if (person == null) {
			return new ImportChange(row.number(), row.email(), row.name(), row.phone(), Kind.ADD, List.of(), List.of());
		}
		List<FieldChange> filled = new ArrayList<>();
		List<FieldChange> kept = new ArrayList<>();
		compare("people.field.name", person.name(), row.name(), filled, kept);
		compare("people.field.phone", person.phone(), row.phone(), filled, kept);
		return new ImportChange(row.number(), row.email(), row.name(), row.phone(),
				filled.isEmpty() ? Kind.SAME : Kind.FILL, filled, kept);
	}

	private static void compare(String labelKey, String current, String fromFile, List<FieldChange> filled,
			List<FieldChange> kept) {
		if (fromFile.isEmpty() || fromFile.equals(current)) {
			return;
		}
		(current.isEmpty() ? filled : kept).add(new FieldChange(labelKey, current, fromFile));
	}

	private static void refuseUnclear(ImportMapping mapping) {
		if (mapping.indexOf(ImportColumn.EMAIL) < 0) {
			throw new ParticipantsChangeRefused("columns", "people.import.error.noEmailColumn");
		}
		for (ImportColumn column : List.of(ImportColumn.NAME, ImportColumn.EMAIL, ImportColumn.PHONE)) {
			if (mapping.columns().indexOf(column) != mapping.columns().lastIndexOf(column)) {
				throw new ParticipantsChangeRefused("columns", "people.import.error.columnTwice");
			}
		}
	}

	/** The file's text: UTF-8, with or without a byte order mark; anything else is refused. */
	private static String utf8(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			if (text.indexOf('\u0000') >= 0) {
				throw new ParticipantsChangeRefused("file", "people.import.error.notText");
			}
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException notUtf8) {
			throw new ParticipantsChangeRefused("file", "people.import.error.encoding");
		}
	}

	private static String tidyFileName(String fileName) {
		String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").strip();
		return name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name;
	}

	/** A row of the list as the mapping reads it. */
	private record Row(int number, String email, String name, String phone) {
	}

}
