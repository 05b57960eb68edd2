package org.liminal.organizations;

import java.util.UUID;

/**
 * The signed-in person as tenancy needs to know them: by account id.
 */
public interface MemberPrincipal {

	UUID accountId();

}
