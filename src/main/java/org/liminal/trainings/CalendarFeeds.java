package org.liminal.trainings;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.liminal.chapters.ChapterView;
import org.liminal.chapters.Chapters;
import org.liminal.organizations.Memberships;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.Organizations;
import org.liminal.organizations.PublicLinks;
import org.liminal.organizations.TenantContext;
import org.liminal.shared.RecordRows;
import org.liminal.trainings.CalendarSubscriptions.ChapterFeed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Calendar feeds: secret addresses that calendar apps poll, one per chapter and one per person, and the
 * download of one training. A feed gets its token the first time someone asks for its address; the token is
 * kept, so that the address can be shown again, and registered in {@link PublicLinks}, so that it leads to its
 * organization. Rotating replaces the token: the old address answers "not found" at once.
 */
@Service
public class CalendarFeeds {

	/** The purpose of feed tokens among {@link PublicLinks}. */
	static final String LINK_PURPOSE = "calendar";

	private final JdbcClient jdbc;

	private final PublicLinks links;

	private final Chapters chapters;

	private final Memberships memberships;

	private final Organizations organizations;

	private final TrainingCalendars calendars;

	private final Clock clock;

	private final TransactionTemplate reading;

	CalendarFeeds(JdbcClient jdbc, PublicLinks links, Chapters chapters, Memberships memberships,
			Organizations organizations, TrainingCalendars calendars, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.links = links;
		this.chapters = chapters;
		this.memberships = memberships;
		this.organizations = organizations;
		this.calendars = calendars;
		this.clock = clock;
		this.reading = new TransactionTemplate(transactionManager);
		this.reading.setReadOnly(true);
	}

	/** The member's own feed and every chapter's, creating the tokens that do not exist yet. */
	@Transactional
	public CalendarSubscriptions subscriptions(UUID accountId) {
		String mine = token(Owner.PERSON, accountId);
		boolean organizer = isOrganizer(accountId);
		Map<UUID, String> tokens = jdbc.sql("select chapter_id, token from calendar_feed where chapter_id is not null")
			.query((row, number) -> Map.entry(row.getObject("chapter_id", UUID.class), row.getString("token")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		List<ChapterFeed> feeds = new ArrayList<>();
		for (ChapterView chapter : chapters.all()) {
			String token = tokens.containsKey(chapter.id()) ? tokens.get(chapter.id()) : create(Owner.CHAPTER, chapter.id());
			feeds.add(new ChapterFeed(chapter.id(), chapter.name(), chapter.active(), token,
					organizer || chapter.isLedBy(accountId)));
		}
		return new CalendarSubscriptions(mine, feeds);
	}

	/** Gives the member's own feed a new address; the old one stops working. */
	@Transactional
	public void rotatePersonalFeed(UUID accountId) {
		rotate(Owner.PERSON, accountId);
	}

	/** Gives a chapter's feed a new address; only organizers and the chapter's leads may. */
	@Transactional
	public void rotateChapterFeed(UUID chapterId, UUID accountId) {
		ChapterView chapter = chapters.chapter(chapterId);
		if (!isOrganizer(accountId) && !chapter.isLedBy(accountId)) {
			throw new CalendarFeedNotFound();
		}
		rotate(Owner.CHAPTER, chapterId);
	}

	/**
	 * The calendar behind a feed address, for anyone who has it (calendar apps do not sign in); empty for a token
	 * never issued or since replaced. Runs as the token's organization, so it must be called outside a transaction.
	 *
	 * @param baseUrl where people reach the application, such as {@code https://liminal.example}
	 */
	public Optional<String> feed(String token, String baseUrl, Locale locale) {
		return links.organizationOf(LINK_PURPOSE, token)
			.flatMap(organizationId -> TenantContext.callAsOrganization(organizationId,
					() -> reading.execute(status -> feedOf(token, organizationId, baseUrl, locale))));
	}

	/** One training, all its days, to import into a calendar. */
	@Transactional(readOnly = true)
	public CalendarFile training(UUID trainingId, String baseUrl, Locale locale) {
		OrganizationSummary organization = organizations.findById(TenantContext.requireOrganizationId()).orElseThrow();
		return calendars.ofTraining(trainingId, trainingsUrl(baseUrl, organization), locale);
	}

	private Optional<String> feedOf(String token, UUID organizationId, String baseUrl, Locale locale) {
		record Feed(UUID chapterId, UUID accountId) {
		}
		Optional<Feed> feed = jdbc.sql("select chapter_id, account_id from calendar_feed where token = ?")
			.param(token)
			.query(RecordRows.of(Feed.class))
			.optional();
		if (feed.isEmpty()) {
			return Optional.empty();
		}
		OrganizationSummary organization = organizations.findById(organizationId).orElseThrow();
		String trainingsUrl = trainingsUrl(baseUrl, organization);
		if (feed.get().chapterId() != null) {
			return Optional.of(calendars.ofChapter(chapters.chapter(feed.get().chapterId()), trainingsUrl, locale));
		}
		return Optional.of(calendars.ofPerson(feed.get().accountId(), organization.name(), trainingsUrl, locale));
	}

	private static String trainingsUrl(String baseUrl, OrganizationSummary organization) {
		return baseUrl + "/" + organization.slug() + "/trainings";
	}

	private boolean isOrganizer(UUID accountId) {
		return memberships.rolesOf(accountId).map(roles -> roles.contains(OrganizationRole.ORGANIZER)).orElse(false);
	}

	private String token(Owner owner, UUID ownerId) {
		return existing(owner, ownerId, false).orElseGet(() -> create(owner, ownerId));
	}

	private Optional<String> existing(Owner owner, UUID ownerId, boolean forUpdate) {
		return jdbc.sql("select token from calendar_feed where " + owner.column + " = ?" + (forUpdate ? " for update" : ""))
			.param(ownerId)
			.query(String.class)
			.optional();
	}

	/** A new feed; when someone created it at the same moment, theirs. */
	private String create(Owner owner, UUID ownerId) {
		String token = PublicLinks.newToken();
		int created = jdbc.sql("insert into calendar_feed (id, organization_id, " + owner.column
				+ ", token, created_at) values (?, ?, ?, ?, ?) on conflict do nothing")
			.params(UUID.randomUUID(), TenantContext.requireOrganizationId(), ownerId, token,
					Timestamp.from(clock.instant()))
			.update();
		if (created == 0) {
			return existing(owner, ownerId, false).orElseThrow();
		}
		links.register(LINK_PURPOSE, token);
		return token;
	}

	private void rotate(Owner owner, UUID ownerId) {
		Optional<String> old = existing(owner, ownerId, true);
		if (old.isEmpty()) {
			create(owner, ownerId);
			return;
		}
		String token = PublicLinks.newToken();
		links.revoke(LINK_PURPOSE, old.get());
		jdbc.sql("update calendar_feed set token = ?, created_at = ? where " + owner.column + " = ?")
			.params(token, Timestamp.from(clock.instant()), ownerId)
			.update();
		links.register(LINK_PURPOSE, token);
	}

	/** Whose feed it is: a chapter's or a person's, by the column that names them. */
	private enum Owner {

		CHAPTER("chapter_id"), PERSON("account_id");

		private final String column;

		Owner(String column) {
			this.column = column;
		}

	}

}
