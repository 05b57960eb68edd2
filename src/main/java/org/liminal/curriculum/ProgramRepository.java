package org.liminal.curriculum;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Programs of the current organization. */
interface ProgramRepository extends Repository<Program, UUID> {

	Program save(Program program);

	Optional<Program> findById(UUID id);

	void delete(Program program);

}
