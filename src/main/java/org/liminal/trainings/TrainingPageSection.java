package org.liminal.trainings;

import java.util.Optional;

import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;

/**
 * A section another module adds to the training page (below the team), for the person looking at it: the
 * training page collects every such bean and shows their sections by {@link PageFragment#order()}.
 */
public interface TrainingPageSection {

	/** The section for this training and person; empty when there is nothing to show them. */
	Optional<PageFragment> section(TrainingView training, CurrentMembership current, MemberPrincipal principal);

}
