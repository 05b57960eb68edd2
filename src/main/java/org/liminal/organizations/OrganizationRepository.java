package org.liminal.organizations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface OrganizationRepository extends Repository<Organization, UUID> {

	Organization save(Organization organization);

	Optional<Organization> findBySlug(String slug);

	Optional<Organization> findById(UUID id);

	boolean existsBySlug(String slug);

	@Query("select o.id from Organization o order by o.createdAt")
	List<UUID> findAllIds();

	/** Serializes membership changes of one organization (e.g. removing the last organizer twice at once). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from Organization o where o.id = :id")
	Optional<Organization> lockById(UUID id);

}
