package org.liminal.curriculum;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import org.liminal.curriculum.ProgramDocument.DayEntry;
import org.liminal.curriculum.ProgramDocument.ModuleEntry;
import org.liminal.curriculum.ProgramDocument.RoleEntry;
import org.liminal.curriculum.ProgramDocument.SlotEntry;
import org.liminal.curriculum.ProgramDocument.TaskEntry;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a program file and checks all of it before anything is written: that it is JSON, a Liminal program
 * in a format version this code knows, each field valid, and every reference (module keys, days, role names)
 * resolved. The first problem, in the order of the file, is refused with the path of the field at fault, such
 * as {@code modules[2].durationMinutes} (counted from 0, as in JSONPath).
 */
final class ProgramDocumentReader {

	/** Strict where leniency would change the meaning: no 60.5 minutes read as 60, no level given as a number. */
	static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
		.build();

	private final Validator validator;

	ProgramDocumentReader(Validator validator) {
		this.validator = validator;
	}

	ProgramDocument read(byte[] file) {
		if (new String(file, StandardCharsets.UTF_8).isBlank()) {
			throw new ProgramFileRefused("transfer.error.empty");
		}
		JsonNode tree = parse(file);
		requireProgramFormat(tree);
		ProgramDocument document = bind(tree);
		requireValidFields(document);
		requireResolvedReferences(document);
		return document;
	}

	static byte[] write(ProgramDocument document) {
		return JSON.writeValueAsBytes(document);
	}

	private static JsonNode parse(byte[] file) {
		try {
			return JSON.readTree(file);
		}
		catch (StreamReadException notJson) {
			TokenStreamLocation at = notJson.getLocation();
			if (at != null && at.getLineNr() > 0) {
				throw new ProgramFileRefused("transfer.error.notJson", at.getLineNr(), at.getColumnNr());
			}
			throw new ProgramFileRefused("transfer.error.notJsonAtAll");
		}
		catch (JacksonException notJson) {
			throw new ProgramFileRefused("transfer.error.notJsonAtAll");
		}
	}

	private static void requireProgramFormat(JsonNode tree) {
		JsonNode format = tree == null ? null : tree.get("format");
		if (tree == null || !tree.isObject() || format == null || !format.isString()
				|| !ProgramDocument.FORMAT.equals(format.stringValue())) {
			throw new ProgramFileRefused("transfer.error.notLiminal");
		}
		JsonNode version = tree.get("formatVersion");
		if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
			throw new ProgramFileRefused("transfer.error.formatVersion");
		}
		if (version.intValue() > ProgramDocument.VERSION) {
			throw new ProgramFileRefused("transfer.error.newerFormat", version.intValue(), ProgramDocument.VERSION);
		}
	}

	private static ProgramDocument bind(JsonNode tree) {
		try {
			return JSON.treeToValue(tree, ProgramDocument.class);
		}
		catch (MismatchedInputException wrongType) {
			throw new ProgramFileRefused(expectation(wrongType.getTargetType()), path(wrongType.getPath()),
					choices(wrongType.getTargetType()));
		}
		catch (JacksonException unreadable) {
			throw new ProgramFileRefused("transfer.error.wrongValue", path(unreadable.getPath()));
		}
	}

	/** The message saying what kind of value the field needs. */
	private static String expectation(Class<?> type) {
		if (type == null) {
			return "transfer.error.wrongValue";
		}
		if (type.isEnum()) {
			return "transfer.error.expectedOneOf";
		}
		if (type == Integer.class || type == int.class) {
			return "transfer.error.expectedNumber";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "transfer.error.expectedBoolean";
		}
		if (type == String.class) {
			return "transfer.error.expectedText";
		}
		if (type == UUID.class) {
			return "transfer.error.expectedKey";
		}
		if (Collection.class.isAssignableFrom(type)) {
			return "transfer.error.expectedList";
		}
		return type.isRecord() ? "transfer.error.expectedObject" : "transfer.error.wrongValue";
	}

	private static String choices(Class<?> type) {
		return type != null && type.isEnum()
				? Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")) : "";
	}

	private static String path(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	// --- Fields ---------------------------------------------------------------------

	private void requireValidFields(ProgramDocument document) {
		validator.validate(document)
			.stream()
			.min(Comparator.comparing(ProgramDocumentReader::documentOrder, ProgramDocumentReader::compare))
			.ifPresent(violation -> {
				throw new ProgramFileRefused("transfer.error.invalid", path(violation.getPropertyPath()),
						violation.getMessage());
			});
	}

	private static String path(Path propertyPath) {
		StringBuilder path = new StringBuilder();
		for (Path.Node node : propertyPath) {
			if (node.isInIterable()) {
				path.append('[').append(node.getIndex()).append(']');
			}
			if (node.getKind() == ElementKind.PROPERTY) {
				path.append(path.isEmpty() ? "" : ".").append(node.getName());
			}
		}
		return path.toString();
	}

	/**
	 * Where a violation sits in the file: for each step of its path, the place of the field among its record's
	 * fields, or the index in a list. Violations come as an unordered set; this picks the first one a person
	 * reading the file would meet.
	 */
	private static List<Integer> documentOrder(ConstraintViolation<ProgramDocument> violation) {
		List<Integer> order = new ArrayList<>();
		Type type = ProgramDocument.class;
		for (Path.Node node : violation.getPropertyPath()) {
			if (node.isInIterable()) {
				order.add(node.getIndex() == null ? 0 : node.getIndex());
				type = type instanceof ParameterizedType list ? list.getActualTypeArguments()[0] : type;
			}
			if (node.getKind() == ElementKind.PROPERTY && type instanceof Class<?> record && record.isRecord()) {
				RecordComponent[] components = record.getRecordComponents();
				int place = 0;
				while (place < components.length && !components[place].getName().equals(node.getName())) {
					place++;
				}
				order.add(place);
				type = place < components.length ? components[place].getGenericType() : Object.class;
			}
		}
		return order;
	}

	private static int compare(List<Integer> a, List<Integer> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int step = Integer.compare(a.get(i), b.get(i));
			if (step != 0) {
				return step;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

	// --- References -----------------------------------------------------------------

	private static void requireResolvedReferences(ProgramDocument document) {
		Map<UUID, ModuleEntry> modules = new HashMap<>();
		for (int i = 0; i < document.modules().size(); i++) {
			ModuleEntry module = document.modules().get(i);
			if (modules.putIfAbsent(module.key(), module) != null) {
				throw new ProgramFileRefused("transfer.error.moduleKeyTwice", "modules[" + i + "].key", module.key());
			}
		}
		requireAgendaResolved(document, modules);
		Map<String, RoleEntry> roles = new HashMap<>();
		for (int i = 0; i < document.roles().size(); i++) {
			RoleEntry role = document.roles().get(i);
			if (roles.putIfAbsent(nameKey(role.name()), role) != null) {
				throw new ProgramFileRefused("transfer.error.roleTwice", "roles[" + i + "].name", role.name().strip());
			}
		}
		requireChecklistResolved(document, roles);
	}

	private static void requireAgendaResolved(ProgramDocument document, Map<UUID, ModuleEntry> modules) {
		int lengthDays = document.program().lengthDays();
		Set<Integer> days = new HashSet<>();
		Set<UUID> scheduled = new HashSet<>();
		for (int d = 0; d < document.agenda().size(); d++) {
			DayEntry day = document.agenda().get(d);
			String dayPath = "agenda[" + d + "]";
			if (day.day() > lengthDays) {
				throw new ProgramFileRefused("transfer.error.dayOutOfRange", dayPath + ".day", lengthDays, day.day());
			}
			if (!days.add(day.day())) {
				throw new ProgramFileRefused("transfer.error.dayTwice", dayPath + ".day", day.day());
			}
			for (int s = 0; s < day.items().size(); s++) {
				SlotEntry slot = day.items().get(s);
				String slotPath = dayPath + ".items[" + s + "]";
				if ((slot.module() == null) == (slot.pause() == null)) {
					throw new ProgramFileRefused("transfer.error.moduleOrBreak", slotPath);
				}
				if (slot.module() != null) {
					ModuleEntry module = modules.get(slot.module());
					if (module == null) {
						throw new ProgramFileRefused("transfer.error.unknownModule", slotPath + ".module", slot.module());
					}
					if (!scheduled.add(slot.module())) {
						throw new ProgramFileRefused("transfer.error.moduleScheduledTwice", slotPath + ".module",
								module.title().strip());
					}
				}
			}
		}
	}

	private static void requireChecklistResolved(ProgramDocument document, Map<String, RoleEntry> roles) {
		Set<UUID> keys = new HashSet<>();
		Set<String> tasks = new HashSet<>();
		for (int i = 0; i < document.checklist().size(); i++) {
			TaskEntry task = document.checklist().get(i);
			String taskPath = "checklist[" + i + "]";
			if (!keys.add(task.key())) {
				throw new ProgramFileRefused("transfer.error.taskKeyTwice", taskPath + ".key", task.key());
			}
			// The same rule as the checklist's own: one task of a title per day.
			if (!tasks.add(task.offsetDays() + " " + nameKey(task.title()))) {
				throw new ProgramFileRefused("transfer.error.duplicateTask", taskPath + ".title", task.title().strip(),
						task.offsetDays());
			}
			if (task.forDayOfRole()) {
				if (task.dayOfRole() == null || task.dayOfRole().isBlank()) {
					throw new ProgramFileRefused("transfer.error.dayOfRoleMissing", taskPath + ".dayOfRole");
				}
				if (!roles.containsKey(nameKey(task.dayOfRole()))) {
					throw new ProgramFileRefused("transfer.error.unknownRole", taskPath + ".dayOfRole",
							task.dayOfRole().strip());
				}
			}
		}
	}

	/** Names are matched as people read them: without surrounding spaces, whatever the case. */
	static String nameKey(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

}
