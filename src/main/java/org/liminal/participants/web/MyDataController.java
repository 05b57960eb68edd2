package org.liminal.participants.web;

import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.Organizations;
import org.liminal.organizations.TenantContext;
import org.liminal.participants.People;
import org.liminal.participants.PersonHistory;
import org.liminal.participants.RegistrationNotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A participant's own data, reached through their registration's private address (no account): everything the
 * organization holds about their email, to read or download as JSON, and to delete after a confirmation. Once
 * deleted, the address leads nowhere.
 */
@Controller
@RequestMapping("/{org}/join")
class MyDataController {

	private final People people;

	private final Organizations organizations;

	MyDataController(People people, Organizations organizations) {
		this.people = people;
		this.organizations = organizations;
	}

	@GetMapping("/registrations/{registrationToken}/data")
	String data(@PathVariable String registrationToken, Model model) {
		model.addAttribute("data", dataOf(registrationToken));
		model.addAttribute("organization", organization());
		model.addAttribute("token", registrationToken);
		return "participants/my-data";
	}

	@GetMapping("/registrations/{registrationToken}/data/download")
	ResponseEntity<byte[]> download(@PathVariable String registrationToken) {
		PersonHistory data = dataOf(registrationToken);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("my-data.json").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(PersonalDataDocument.of(organization().name(), data));
	}

	@GetMapping("/registrations/{registrationToken}/data/delete")
	String confirmDelete(@PathVariable String registrationToken, Model model) {
		model.addAttribute("data", dataOf(registrationToken));
		model.addAttribute("organization", organization());
		model.addAttribute("token", registrationToken);
		return "participants/my-data-delete";
	}

	@PostMapping("/registrations/{registrationToken}/data/delete")
	String delete(@PathVariable String registrationToken) {
		if (!people.eraseByToken(registrationToken)) {
			throw new RegistrationNotFound();
		}
		return "redirect:/" + organization().slug() + "/join/data-deleted";
	}

	@GetMapping("/data-deleted")
	String deleted(Model model) {
		model.addAttribute("organization", organization());
		return "participants/my-data-deleted";
	}

	private PersonHistory dataOf(String registrationToken) {
		return people.dataOf(registrationToken).orElseThrow(RegistrationNotFound::new);
	}

	private OrganizationSummary organization() {
		return organizations.findById(TenantContext.requireOrganizationId()).orElseThrow();
	}

}
