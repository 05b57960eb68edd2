/**
 * Accounts, sign-in, invitations, password reset, membership administration and the security configuration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.liminal.accounts;
