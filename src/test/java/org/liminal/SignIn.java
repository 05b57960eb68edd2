package org.liminal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Signs in through the real sign-in form and hands back the session, as a browser would keep it. */
public final class SignIn {

	private SignIn() {
	}

	public static MockHttpSession as(MockMvc mvc, String email) throws Exception {
		return as(mvc, email, Fixtures.PASSWORD);
	}

	public static MockHttpSession as(MockMvc mvc, String email, String password) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password(password))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession(false);
	}

}
