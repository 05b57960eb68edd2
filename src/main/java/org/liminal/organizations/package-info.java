/**
 * Organizations (the tenants), tenant resolution from the URL, the tenant context, memberships and roles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organizations")
package org.liminal.organizations;
