package org.liminal.pathway;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The pathway counted for dashboards: how many hold each kind, in one aggregate statement. */
@Service
public class PathwayCounts {

	/**
	 * A grant that holds on the day: neither revoked, replaced nor expired. Shared with the list of a kind's
	 * holders ({@link KindHolderList}), whose total must be the figure counted here.
	 */
	static final String CURRENT = "q.revoked_at is null and q.replaced_at is null "
			+ "and (q.expires_on is null or q.expires_on > :today)";

	private final JdbcClient jdbc;

	PathwayCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every kind still offered, in the organizers' order, with the people holding a grant of it that is neither
	 * revoked, replaced nor expired on the day: a module trainer of three modules counts once. A general kind has
	 * at most one current grant per person (its scope cannot change once granted), so its holders are its grants
	 * that last for good, counted as they change (V25), plus those that expire later than the day, counted here;
	 * only per-module kinds need the costlier count of distinct people.
	 */
	@Transactional(readOnly = true)
	public List<KindHolders> holders(LocalDate today) {
		return jdbc.sql("""
				select k.id, k.name, k.colour,
				       case when k.scope = 'MODULE'
				            then (select count(distinct q.holder_email) from qualification q
				                  where q.kind_id = k.id and %s)
				            else coalesce((select l.grants from qualification_lasting l where l.kind_id = k.id), 0)
				                 + (select count(*) from qualification q
				                    where q.kind_id = k.id and q.revoked_at is null and q.replaced_at is null
				                      and q.expires_on > :today)
				       end as holders
				from qualification_kind k
				where not k.retired
				order by k.position""".formatted(CURRENT))
			.param("today", today)
			.query((row, number) -> new KindHolders(row.getObject("id", UUID.class), row.getString("name"),
					BadgeColour.valueOf(row.getString("colour")), row.getInt("holders")))
			.list();
	}

}
