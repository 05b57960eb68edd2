package org.liminal.chapters.web;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.liminal.chapters.ChapterView;
import org.liminal.chapters.Person;

/** Who leads a chapter and who is in its pool, as ticked by an organizer; {@code version} is the chapter's. */
public class ChapterPeopleForm {

	private Set<UUID> leads = new LinkedHashSet<>();

	private Set<UUID> pool = new LinkedHashSet<>();

	private long version;

	static ChapterPeopleForm of(ChapterView chapter) {
		ChapterPeopleForm form = new ChapterPeopleForm();
		chapter.leads().stream().map(Person::accountId).forEach(form.leads::add);
		chapter.pool().stream().map(Person::accountId).forEach(form.pool::add);
		form.version = chapter.version();
		return form;
	}

	/** An empty value binds as null; it names nobody. */
	private static Set<UUID> ticked(Set<UUID> accountIds) {
		Set<UUID> ticked = new LinkedHashSet<>();
		if (accountIds != null) {
			accountIds.stream().filter(java.util.Objects::nonNull).forEach(ticked::add);
		}
		return ticked;
	}

	public Set<UUID> getLeads() {
		return leads;
	}

	public void setLeads(Set<UUID> leads) {
		this.leads = ticked(leads);
	}

	public Set<UUID> getPool() {
		return pool;
	}

	public void setPool(Set<UUID> pool) {
		this.pool = ticked(pool);
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
