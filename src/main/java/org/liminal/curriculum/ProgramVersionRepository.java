package org.liminal.curriculum;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Drafts and published versions of the current organization's programs. */
interface ProgramVersionRepository extends Repository<ProgramVersion, UUID> {

	ProgramVersion save(ProgramVersion version);

	void delete(ProgramVersion version);

	void flush();

	Optional<ProgramVersion> findById(UUID id);

	@Query("select v from ProgramVersion v where v.program.id = ?1 and v.number is null")
	Optional<ProgramVersion> findDraft(UUID programId);

	@Query("select v from ProgramVersion v where v.program.id = ?1 and v.number = ?2")
	Optional<ProgramVersion> findPublished(UUID programId, int number);

	@Query("""
			select v from ProgramVersion v where v.program.id = ?1 and v.number =
			    (select max(o.number) from ProgramVersion o where o.program.id = ?1)""")
	Optional<ProgramVersion> findLatestPublished(UUID programId);

	@Query("select coalesce(max(v.number), 0) from ProgramVersion v where v.program.id = ?1")
	int lastNumber(UUID programId);

	/** Every version of every program, oldest program first: the program list is built from these. */
	@Query("select v from ProgramVersion v join fetch v.program p order by p.createdAt, v.number nulls last")
	List<ProgramVersion> findAllWithPrograms();

	@Query("select v from ProgramVersion v where v.program.id = ?1 order by v.number nulls last")
	List<ProgramVersion> findByProgram(UUID programId);

}
