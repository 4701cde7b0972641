package org.lexcheck.security;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is calling: the signed-in user's name and teams. Teams travel as authorities
 * {@code TEAM_<name>}, set from {@code users.txt} for users of the embedded store and from the
 * team claim of a JWT ({@link JwtSignIn}), so that every way of signing in yields the same caller.
 */
public record Caller(String name, Set<String> teams) {
    static final String TEAM_PREFIX = "TEAM_";

    public Caller {
        teams = Set.copyOf(teams);
    }

    public static Caller of(Authentication authentication) {
        Set<String> teams = new TreeSet<>();
        for (GrantedAuthority a : authentication.getAuthorities()) {
            String name = a.getAuthority();
            if (name != null && name.startsWith(TEAM_PREFIX)) teams.add(name.substring(TEAM_PREFIX.length()));
        }
        return new Caller(authentication.getName(), teams);
    }

    public boolean isIn(String team) {
        return teams.contains(team);
    }
}
