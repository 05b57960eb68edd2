package org.liminal.curriculum;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The current organization's day-of roles. */
interface DayOfRoleRepository extends Repository<DayOfRole, UUID> {

	DayOfRole save(DayOfRole role);

	Optional<DayOfRole> findById(UUID id);

	List<DayOfRole> findAllById(Iterable<UUID> ids);

	List<DayOfRole> findAllByOrderByRetiredAscNameAsc();

	Optional<DayOfRole> findByPreset(DayOfRole.Preset preset);

	Optional<DayOfRole> findByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, UUID id);

	long countByPresetIn(Collection<DayOfRole.Preset> presets);

}
