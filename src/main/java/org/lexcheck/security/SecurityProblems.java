package org.lexcheck.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lexcheck.system.CheckMetrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a missing or wrong sign-in (401, with the Basic challenge) and a role that does not
 * allow the request (403) as RFC 9457 problem details, naming no user, role or internal detail.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {
    static final String UNAUTHORIZED = "urn:lexcheck:problem:unauthorized";
    static final String FORBIDDEN = "urn:lexcheck:problem:forbidden";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final boolean bearerTokens;
    private final ObjectProvider<CheckMetrics> metrics;

    /**
     * @param bearerTokens whether JWT bearer tokens are accepted too (then both challenges are sent)
     * @param metrics where refusals are counted, as {@code lexcheck.rejected} like every problem answer
     */
    SecurityProblems(boolean bearerTokens, ObjectProvider<CheckMetrics> metrics) {
        this.bearerTokens = bearerTokens;
        this.metrics = metrics;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"lexcheck\"");
        if (bearerTokens) response.addHeader("WWW-Authenticate", "Bearer realm=\"lexcheck\"");
        write(request, response, 401, UNAUTHORIZED, "Unauthorized", "Sign in to use this endpoint.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, 403, FORBIDDEN, "Forbidden", "Your role does not allow this request.");
    }

    static final String TOO_MANY_SIGN_INS = "urn:lexcheck:problem:too-many-sign-ins";

    /** 429 for a user name with too many wrong passwords lately ({@link SignInThrottle}). */
    void tooManySignIns(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
            throws IOException {
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        write(
                request,
                response,
                429,
                TOO_MANY_SIGN_INS,
                "Too many sign-ins",
                "Too many wrong passwords for this user lately; try again after Retry-After seconds.");
    }

    private void write(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String type,
            String title,
            String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
        metrics.ifAvailable(m -> m.rejected(status, type));
    }
}
