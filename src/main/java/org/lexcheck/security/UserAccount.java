package org.lexcheck.security;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A user of the service: a name, one role, a bcrypt hash of the password (never the password)
 * and the teams the user belongs to (a report its owner shares with a team is readable by every
 * member).
 */
public record UserAccount(String name, Role role, String passwordHash, Set<String> teams) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    /** What a user or team name may be: 1 to 64 letters, digits, '.', '_', '@' or '-'. */
    public static final String NAME_RULE = "1 to 64 letters, digits, '.', '_', '@' or '-'";

    public UserAccount {
        Objects.requireNonNull(role, "role");
        if (!isName(name)) throw new IllegalArgumentException("a user name is " + NAME_RULE);
        if (passwordHash == null
                || passwordHash.isBlank()
                || passwordHash.chars().anyMatch(Character::isWhitespace))
            throw new IllegalArgumentException("a password hash without white space is required");
        teams = teams == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(teams));
        for (String team : teams) if (!isName(team)) throw new IllegalArgumentException("a team name is " + NAME_RULE);
    }

    /** A user in no team. */
    public UserAccount(String name, Role role, String passwordHash) {
        this(name, role, passwordHash, Set.of());
    }

    /** True for a valid user or team name. */
    public static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    @Override
    public String toString() {
        // Never the hash: it must not reach a log either.
        return "UserAccount[" + name + ", " + role + ", teams " + teams + "]";
    }
}
