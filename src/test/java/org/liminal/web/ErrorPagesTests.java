package org.liminal.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liminal.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.CannotCreateTransactionException;

/** Errors get a friendly page in the person's language, and never show what went wrong inside. */
@WebTest
class ErrorPagesTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@CsvSource({ "400, en, That request could not be understood", "403, en, Not allowed", "404, en, Not found",
			"500, en, Something went wrong on our side", "418, en, Something went wrong",
			"404, es, No encontrado", "500, es, Algo salió mal de nuestro lado" })
	void explainsTheErrorWithoutInternals(int status, String language, String heading) throws Exception {
		mvc.perform(get("/error").accept("text/html")
			.locale(Locale.forLanguageTag(language))
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret internal detail"))
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere"))
			.andExpect(status().is(status))
			.andExpect(content().string(containsString("<h1>" + heading + "</h1>")))
			.andExpect(content().string(not(containsString("secret internal detail"))))
			.andExpect(content().string(not(containsString("IllegalStateException"))));
	}

	@ParameterizedTest
	@CsvSource({ "en, Busy right now", "es, Ocupado en este momento" })
	void noDatabaseConnectionInTimeAsksToTryAgainShortly(String language, String heading) throws Exception {
		mvc.perform(get("/error").accept("text/html")
			.locale(Locale.forLanguageTag(language))
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new CannotCreateTransactionException("no connection",
					new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/demo/join/token"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "30"))
			.andExpect(content().string(containsString("<h1>" + heading + "</h1>")))
			.andExpect(content().string(not(containsString("HikariPool"))));
	}

	@ParameterizedTest
	@CsvSource({ "08001, en, Liminal cannot reach its database", "08006, es, Liminal no puede conectarse con su base de datos",
			"57P01, en, Liminal cannot reach its database" })
	void theDatabaseAwayAsksToTryAgainInAMinute(String sqlState, String language, String heading) throws Exception {
		// As the layers wrap a lost connection: the driver's state under Spring's translation.
		mvc.perform(get("/error").accept("text/html")
			.locale(Locale.forLanguageTag(language))
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new DataAccessResourceFailureException("lost",
					new SQLException("Connection to 127.0.0.1:5432 refused", sqlState)))
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/demo/join/token"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "60"))
			.andExpect(content().string(containsString("<h1>" + heading + "</h1>")))
			.andExpect(content().string(not(containsString("5432"))));
	}

}
