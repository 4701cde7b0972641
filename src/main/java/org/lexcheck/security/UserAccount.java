package org.lexcheck.security;

import java.util.Objects;
import java.util.regex.Pattern;

/** A user of the service: a name, one role and a bcrypt hash of the password (never the password). */
public record UserAccount(String name, Role role, String passwordHash) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    public UserAccount {
        Objects.requireNonNull(role, "role");
        if (name == null || !NAME.matcher(name).matches())
            throw new IllegalArgumentException("a user name is 1 to 64 letters, digits, '.', '_', '@' or '-'");
        if (passwordHash == null
                || passwordHash.isBlank()
                || passwordHash.chars().anyMatch(Character::isWhitespace))
            throw new IllegalArgumentException("a password hash without white space is required");
    }
}
