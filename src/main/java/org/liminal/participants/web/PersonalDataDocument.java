package org.liminal.participants.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liminal.participants.PersonHistory;
import org.liminal.participants.PersonRegistration;
import org.liminal.participants.Registration;
import org.liminal.pathway.BadgeHistory;
import org.liminal.pathway.GrantRecord;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Everything held about a participant's email, as the JSON file they download from their data page. */
final class PersonalDataDocument {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private PersonalDataDocument() {
	}

	static byte[] of(String organizationName, PersonHistory data) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("organization", organizationName);
		if (data.person() != null) {
			Map<String, Object> person = new LinkedHashMap<>();
			person.put("email", data.person().email());
			person.put("name", data.person().name());
			person.put("phone", data.person().phone());
			person.put("source", data.person().source().name());
			person.put("createdAt", text(data.person().createdAt()));
			document.put("person", person);
		}
		List<Map<String, Object>> registrations = new ArrayList<>();
		for (PersonRegistration line : data.registrations()) {
			registrations.add(registration(line));
		}
		document.put("registrations", registrations);
		List<Map<String, Object>> qualifications = new ArrayList<>();
		for (BadgeHistory history : data.qualifications()) {
			for (GrantRecord grant : history.grants()) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("qualification", history.kind().name());
				entry.put("module", history.moduleTitle());
				entry.put("grantedOn", String.valueOf(grant.grantedOn()));
				entry.put("expiresOn", grant.expiresOn() == null ? null : grant.expiresOn().toString());
				entry.put("revokedAt", text(grant.revokedAt()));
				qualifications.add(entry);
			}
		}
		document.put("qualifications", qualifications);
		return JSON.writeValueAsBytes(document);
	}

	private static Map<String, Object> registration(PersonRegistration line) {
		Registration registration = line.registration();
		Map<String, Object> entry = new LinkedHashMap<>();
		if (line.training() != null) {
			entry.put("training", line.training().programName());
			entry.put("chapter", line.training().chapterName());
			entry.put("firstDay", line.training().firstDay().toString());
		}
		entry.put("name", registration.name());
		entry.put("email", registration.email());
		entry.put("phone", registration.phone());
		entry.put("accessNeeds", registration.accessNeeds());
		entry.put("heardFrom", registration.heardFrom());
		entry.put("status", registration.status().name());
		entry.put("signedUpAt", text(registration.createdAt()));
		entry.put("cancelledAt", text(registration.cancelledAt()));
		entry.put("checkedInAt", text(registration.checkedInAt()));
		entry.put("walkIn", registration.walkIn());
		entry.put("attended", registration.attended());
		entry.put("nextStep", registration.nextStep() == null ? null : registration.nextStep().name());
		entry.put("team", line.teamName());
		return entry;
	}

	private static String text(Instant instant) {
		return instant == null ? null : instant.toString();
	}

}
