package org.liminal.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form's POST. */
@Controller
class SignInController {

	@GetMapping("/login")
	String signIn() {
		return "accounts/login";
	}

}
