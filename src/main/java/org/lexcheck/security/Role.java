package org.lexcheck.security;

/**
 * What a user may do. ADVISER checks proposals (checks, diffs, obligations); AUTHOR also reloads
 * knowledge and rules and reads the versions; ADMIN may do everything, also manage users.
 * Each role includes the ones before it (see {@link SecurityConfiguration#roleHierarchy}).
 */
public enum Role {
    ADVISER,
    AUTHOR,
    ADMIN
}
