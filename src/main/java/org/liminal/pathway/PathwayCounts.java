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

	private final JdbcClient jdbc;

	PathwayCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every kind still offered, in the organizers' order, with the people holding a grant of it that is neither
	 * revoked, replaced nor expired on the day: a module trainer of three modules counts once.
	 */
	@Transactional(readOnly = true)
	public List<KindHolders> holders(LocalDate today) {
		return jdbc.sql("""
				select k.id, k.name, k.colour, count(distinct q.holder_email) as holders
				from qualification_kind k
				left join qualification q on q.kind_id = k.id and q.revoked_at is null and q.replaced_at is null
				     and (q.expires_on is null or q.expires_on > :today)
				where not k.retired
				group by k.id, k.name, k.colour, k.position order by k.position""")
			.param("today", today)
			.query((row, number) -> new KindHolders(row.getObject("id", UUID.class), row.getString("name"),
					BadgeColour.valueOf(row.getString("colour")), row.getInt("holders")))
			.list();
	}

}
