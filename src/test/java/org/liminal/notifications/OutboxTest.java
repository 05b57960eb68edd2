package org.liminal.notifications;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.MutableClock;
import org.liminal.QueryCounter;
import org.liminal.TestMail;
import org.liminal.WebTest;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.TrainingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the outbox tests share: an organization with an organizer and a trainer, the clock at a fixed instant, a
 * test template ({@code src/test/resources/templates/mail/test/greeting}), and a way to take the mail server down.
 * Imports the same configuration as the training page tests, so that the suite keeps one context for both.
 */
@WebTest
@Import({ CurriculumFixtures.class, TrainingFixtures.class, MutableClock.Configuration.class, QueryCounter.class })
public abstract class OutboxTest {

	protected static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected Fixtures fixtures;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected Outbox outbox;

	@Autowired
	protected MailDelivery delivery;

	@Autowired
	protected NotificationPreferences preferences;

	@Autowired
	protected DataSource dataSource;

	@Autowired
	JavaMailSenderImpl mailSender;

	protected OrganizationSummary organization;

	protected Person organizer;

	protected Person trainer;

	private int workingPort;

	@BeforeEach
	void anOrganizationAtAFixedTime() {
		clock.set(NOW);
		organization = fixtures.organization("outbox");
		organizer = fixtures.member(organization, OrganizationRole.ORGANIZER);
		trainer = fixtures.member(organization, OrganizationRole.TRAINER);
		workingPort = mailSender.getPort();
	}

	@AfterEach
	void mailServerIsBack() {
		mailSender.setPort(workingPort);
	}

	/** Points the application's mail sender at a port nobody listens on: every attempt is refused. */
	protected void mailServerIsDown() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			mailSender.setPort(socket.getLocalPort());
		}
	}

	/** With the mail server down, lets every attempt of the due letters fail, to the last. */
	protected void giveUp() throws IOException {
		mailServerIsDown();
		for (int attempt = 0; attempt <= MailDelivery.BACKOFF.size(); attempt++) {
			delivery.deliverDue();
			clock.advance(Duration.ofHours(13));
		}
	}

	protected void mailServerIsUp() {
		mailSender.setPort(workingPort);
	}

	protected Letter letter(Person to, LetterKind kind, Locale locale, String dedupeKey) {
		return new Letter(organization.id(), to.accountId(), to.email(), locale, kind, "test/greeting",
				"mail.invitation.subject", List.of(organization.name()),
				Map.of("headline", "Headline for " + to.email(), "body", "Three tasks are due this week."), dedupeKey);
	}

	protected boolean queue(Letter letter) {
		return as(() -> outbox.post(letter));
	}

	/** The letters of the organization to an address, read as the organization. */
	protected List<Map<String, Object>> lettersTo(String address) {
		return as(() -> new JdbcTemplate(dataSource).queryForList(
				"select status, attempts, next_attempt_at, last_error from mail_letter where to_address = ?",
				address));
	}

	protected static int mailsTo(String address) {
		return TestMail.messagesTo(address).size();
	}

	protected static String uniqueAddress() {
		return Fixtures.unique("reader") + "@test.example";
	}

	protected <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

	protected UUID letterIdTo(String address) {
		return as(() -> new JdbcTemplate(dataSource).queryForObject("select id from mail_letter where to_address = ?",
				UUID.class, address));
	}

}
