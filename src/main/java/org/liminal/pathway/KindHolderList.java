package org.liminal.pathway;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.liminal.curriculum.ModulesByKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people behind a step of the pathway: who holds a kind now, a page at a time, each person once. "Now" is
 * {@link PathwayCounts}' condition, so that the list's total is the dashboard's figure. Three statements a page
 * however many hold it: the count, the page, its modules' titles.
 */
@Service
public class KindHolderList {

	public static final int PAGE_SIZE = 50;

	/** A person's current grants of the kind, before their modules are named. */
	private record Row(String name, UUID accountId, List<UUID> moduleKeys, LocalDate grantedOn, LocalDate expiresOn,
			Set<GrantSource> sources) {
	}

	private final JdbcClient jdbc;

	private final ModulesByKey modules;

	KindHolderList(JdbcClient jdbc, ModulesByKey modules) {
		this.jdbc = jdbc;
		this.modules = modules;
	}

	/**
	 * One page of the people who hold the kind on the day, by name; a page outside the list shows its nearest one.
	 * A person is one email: their name is the one on their grants (the last by alphabet, should they differ), their
	 * account the one on their latest grant that has one.
	 */
	@Transactional(readOnly = true)
	public HolderPage page(UUID kindId, LocalDate today, int page) {
		long total = jdbc.sql("select count(distinct q.holder_email) from qualification q where q.kind_id = :kind and "
				+ PathwayCounts.CURRENT)
			.param("kind", kindId)
			.param("today", today)
			.query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(Math.max(page, 1), pages);
		// The page's people first, by name alone, then their grants: carrying every grant's details through the sort
		// of all holders took twice as long (a second for a kind held by 78,000).
		List<Row> rows = total == 0 ? List.of() : jdbc.sql("""
				with shown as (
				  select q.holder_email, max(q.holder_name) as name
				  from qualification q
				  where q.kind_id = :kind and %1$s
				  group by q.holder_email
				  order by lower(max(q.holder_name)), max(q.holder_name), q.holder_email
				  limit :limit offset :offset
				)
				select s.name,
				       (array_agg(q.account_id order by q.granted_at desc, q.id)
				            filter (where q.account_id is not null))[1] as account_id,
				       array_agg(q.module_key) filter (where q.module_key is not null) as module_keys,
				       min(q.granted_on) as granted_on,
				       min(q.expires_on) as expires_on,
				       array_agg(distinct q.source) as sources
				from shown s join qualification q on q.holder_email = s.holder_email
				where q.kind_id = :kind and %1$s
				group by s.holder_email, s.name
				order by lower(s.name), s.name, s.holder_email""".formatted(PathwayCounts.CURRENT))
			.param("kind", kindId)
			.param("today", today)
			.param("limit", PAGE_SIZE)
			.param("offset", (shown - 1) * PAGE_SIZE)
			.query((result, number) -> new Row(result.getString("name"), result.getObject("account_id", UUID.class),
					elements(result.getArray("module_keys"), UUID.class), result.getObject("granted_on", LocalDate.class),
					result.getObject("expires_on", LocalDate.class),
					elements(result.getArray("sources"), String.class)
						.stream()
						.map(GrantSource::valueOf)
						.collect(Collectors.toCollection(() -> EnumSet.noneOf(GrantSource.class)))))
			.list();
		Map<UUID, String> titles = modules.titles(rows.stream()
			.flatMap(row -> row.moduleKeys().stream())
			.collect(Collectors.toSet()));
		return new HolderPage(rows.stream()
			.map(row -> new KindHolder(row.name(), row.accountId(), titlesOf(row.moduleKeys(), titles), row.grantedOn(),
					row.expiresOn(), List.copyOf(row.sources())))
			.toList(), shown, PAGE_SIZE, total);
	}

	private static List<String> titlesOf(Collection<UUID> keys, Map<UUID, String> titles) {
		return keys.stream().map(titles::get).filter(Objects::nonNull).sorted(String.CASE_INSENSITIVE_ORDER).toList();
	}

	private static <T> List<T> elements(Array array, Class<T> type) throws SQLException {
		return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(type::cast).toList();
	}

}
