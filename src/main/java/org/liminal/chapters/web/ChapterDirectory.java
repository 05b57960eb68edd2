package org.liminal.chapters.web;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.liminal.chapters.ChapterNotFound;
import org.liminal.chapters.ChapterView;
import org.liminal.chapters.Person;
import org.liminal.organizations.OrganizationRole;

/**
 * All the organization's chapters, read once per page, to say of each person which other chapters they lead or
 * are in the pool of: people may be shared between chapters.
 */
record ChapterDirectory(List<ChapterView> all) {

	ChapterView chapter(UUID chapterId) {
		return all.stream().filter(chapter -> chapter.id().equals(chapterId)).findFirst().orElseThrow(ChapterNotFound::new);
	}

	/** A lead (or a candidate lead) of one chapter, with the other chapters they lead. */
	PersonRow lead(Person person, UUID chapterId) {
		return new PersonRow(person, others(chapterId, chapter -> chapter.isLedBy(person.accountId())));
	}

	/** A member (or a candidate member) of one chapter's pool, with the other pools they are in. */
	PersonRow poolMember(Person person, UUID chapterId) {
		return new PersonRow(person, others(chapterId, chapter -> person.inPoolOf(chapter.id())));
	}

	private List<String> others(UUID chapterId, Predicate<ChapterView> includes) {
		return all.stream()
			.filter(chapter -> !chapter.id().equals(chapterId))
			.filter(includes)
			.map(ChapterView::name)
			.toList();
	}

	/** A person as chapter pages list them. */
	record PersonRow(Person person, List<String> otherChapters) {

		/** The roles that put someone in a pool, in a stable order. */
		public List<OrganizationRole> poolRoles() {
			return List.of(OrganizationRole.TRAINER, OrganizationRole.COACH).stream().filter(person::has).toList();
		}

	}

}
