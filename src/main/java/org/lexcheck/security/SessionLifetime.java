package org.lexcheck.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.MissingCsrfTokenException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The page's sessions end: after {@code server.servlet.session.timeout} without a request (the
 * container's idle timeout) and, whatever the activity, {@code lexcheck.security.session.absolute-timeout}
 * after the session began (this filter, ahead of the security context being read from the session, so that
 * a session past its age counts as none: the browser is sent to {@code /login}). Sign-out
 * invalidates the session (Spring Security's default).
 */
final class SessionLifetime extends OncePerRequestFilter {
    private final Duration absolute;
    private final Clock clock;

    SessionLifetime(Duration absolute, Clock clock) {
        this.absolute = absolute;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && !absolute.isZero() && !absolute.isNegative()) {
            try {
                if (clock.millis() - session.getCreationTime() >= absolute.toMillis()) session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // Nothing to end.
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * A form posted with the cookie of a session that has ended has no CSRF token to match: a
     * browser is sent to sign in again rather than shown a 403; anything else gets {@code denied}.
     */
    static AccessDeniedHandler signInAgainAfterExpiry(AccessDeniedHandler denied) {
        return (request, response, e) -> {
            if (endedSession(request, e) && acceptsHtml(request))
                response.sendRedirect(request.getContextPath() + "/login");
            else denied.handle(request, response, e);
        };
    }

    private static boolean endedSession(HttpServletRequest request, AccessDeniedException e) {
        return e instanceof MissingCsrfTokenException
                && request.getRequestedSessionId() != null
                && !request.isRequestedSessionIdValid();
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }
}
