package org.lexcheck.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Brute force against a user's password is slowed down: after {@value #FREE_FAILURES} wrong
 * passwords for one user name within {@link #WINDOW}, further sign-ins for that name (HTTP Basic or
 * the page's form, right password or not) are refused for a minute, doubling with each further
 * failure up to {@link #LONGEST_BLOCK}, answered 429 with {@code Retry-After} before any password is
 * checked. A successful sign-in clears the count. Counted per user name, not per address: behind a
 * proxy every client has the proxy's address, and one attacker must not lock everyone out.
 */
final class SignInThrottle extends OncePerRequestFilter {
    static final int FREE_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_BLOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_BLOCK = Duration.ofMinutes(15);
    /** Beyond this many names tracked, those whose window has passed are forgotten. */
    private static final int TRACKED = 10_000;

    private record Failures(int count, Instant first, Instant blockedUntil) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final SecurityProblems problems;
    private final Clock clock;

    SignInThrottle(SecurityProblems problems, Clock clock) {
        this.problems = problems;
        this.clock = clock;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String name = event.getAuthentication().getName();
        if (name == null || name.isEmpty()) return;
        Instant now = clock.instant();
        if (failures.size() > TRACKED)
            failures.values()
                    .removeIf(f -> f.first().plus(WINDOW).isBefore(now)
                            && f.blockedUntil().isBefore(now));
        failures.compute(name, (n, f) -> {
            Failures current = f == null || f.first().plus(WINDOW).isBefore(now) ? new Failures(0, now, now) : f;
            int count = current.count() + 1;
            Instant until = current.blockedUntil();
            if (count >= FREE_FAILURES) {
                long factor = 1L << Math.min(count - FREE_FAILURES, 10);
                Duration block = FIRST_BLOCK.multipliedBy(factor);
                until = now.plus(block.compareTo(LONGEST_BLOCK) > 0 ? LONGEST_BLOCK : block);
            }
            return new Failures(count, current.first(), until);
        });
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(event.getAuthentication().getName());
    }

    /** Seconds until {@code name} may try again, 0 when it may now. */
    long retryAfter(String name) {
        Failures f = name == null ? null : failures.get(name);
        if (f == null) return 0;
        long seconds = Duration.between(clock.instant(), f.blockedUntil()).toSeconds();
        return Math.max(0, seconds + (seconds >= 0 && clock.instant().isBefore(f.blockedUntil()) ? 1 : 0));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long wait = retryAfter(userName(request));
        if (wait > 0) {
            problems.tooManySignIns(request, response, wait);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The user name a request signs in with: HTTP Basic, or the page's sign-in form; null for none. */
    static String userName(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(
                        Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                return colon < 0 ? null : pair.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()))
            return request.getParameter("username");
        return null;
    }
}
