package org.lexcheck.security;

import jakarta.servlet.DispatcherType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.lexcheck.system.CheckMetrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Who may call what. Public: health, info, the API description and schemas, the sign-in page.
 * {@code /api/**}: HTTP Basic (and JWT bearer tokens when configured, {@link JwtSignIn}), stateless, no CSRF token (no cookie is involved); ADVISER for
 * checks, diffs and obligations, AUTHOR for reload and versions, ADMIN for any other API path.
 * Everything else (the metrics, the page) requires a signed-in user and keeps CSRF protection;
 * the page signs in with a form at {@code /login}; {@code /actuator/prometheus} is for ADMIN.
 * The page's session ends after 30 minutes idle and 12 hours in all ({@link SessionLifetime}); a
 * session cookie never signs in to {@code /api/**}.
 * 401 and 403 are problem details (a browser not signed in is sent to the sign-in page).
 */
@Configuration
class SecurityConfiguration {
    /**
     * Nothing (scripts, styles, frames, fonts, images, form targets) from anywhere but the service
     * itself; no inline style or script, except the two small stylesheets that keep the HTML report
     * documents (the single report and the states side by side, written also by the command line)
     * self-contained, allowed by their hashes. {@code CspHashesTest} checks the hashes against
     * the documents as rendered.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; style-src 'self'"
            + " 'sha256-LV6wNFvaW02ZYpyHk7ovIgUZZekV5coOqvl9MP6yE7Y='"
            + " 'sha256-DChp5s1bsvL3PjQ5p6AW4Um87fvUa/qDYd+FymdVma8='"
            + "; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

    private static final String[] PUBLIC = {
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info",
        "/openapi.yaml",
        "/schema/**",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/login",
        "/css/**",
        "/error"
    };

    private final SecurityProblems problems;
    private final SignInThrottle throttle;
    private final Optional<JwtDecoder> jwtDecoder;
    private final JwtAuthenticationConverter jwtRoles;
    private final Duration sessionAbsoluteTimeout;

    SecurityConfiguration(
            @Value("${lexcheck.security.jwt.public-key:}") String jwtPublicKey,
            @Value("${lexcheck.security.jwt.issuer-uri:}") String jwtIssuer,
            @Value("${lexcheck.security.jwt.role-claim:roles}") String jwtRoleClaim,
            @Value("${lexcheck.security.jwt.team-claim:teams}") String jwtTeamClaim,
            @Value("${lexcheck.security.session.absolute-timeout:12h}") Duration sessionAbsoluteTimeout,
            ObjectProvider<CheckMetrics> metrics) {
        this.sessionAbsoluteTimeout = sessionAbsoluteTimeout;
        this.jwtDecoder = JwtSignIn.decoder(jwtPublicKey, jwtIssuer);
        this.jwtRoles = JwtSignIn.converter(
                jwtRoleClaim.isBlank() ? "roles" : jwtRoleClaim, jwtTeamClaim.isBlank() ? "teams" : jwtTeamClaim);
        this.problems = new SecurityProblems(jwtDecoder.isPresent(), metrics);
        this.throttle = new SignInThrottle(problems, Clock.systemUTC());
    }

    /** The throttle receives the sign-in events (it is a bean for that), and guards both chains. */
    @Bean
    SignInThrottle signInThrottle() {
        return throttle;
    }

    /** Not a servlet filter of its own: it runs inside the two security chains only. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<SignInThrottle> signInThrottleOutsideTheChains(
            SignInThrottle throttle) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(throttle);
        registration.setEnabled(false);
        return registration;
    }

    /** Sign-in successes and failures as events, which the throttle counts. */
    @Bean
    org.springframework.security.authentication.AuthenticationEventPublisher authenticationEventPublisher(
            org.springframework.context.ApplicationEventPublisher events) {
        return new org.springframework.security.authentication.DefaultAuthenticationEventPublisher(events);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, "/api/v1/checks", "/api/v1/diffs")
                        .hasRole(Role.ADVISER.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/obligations", "/api/v1/reports", "/api/v1/reports/*")
                        .hasRole(Role.ADVISER.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/reports/*/rerun")
                        .hasRole(Role.ADVISER.name())
                        .requestMatchers(HttpMethod.PUT, "/api/v1/reports/*/team")
                        .hasRole(Role.ADVISER.name())
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/reports/*", "/api/v1/reports/*/team")
                        .hasRole(Role.ADVISER.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/admin/reload")
                        .hasRole(Role.AUTHOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/admin/versions")
                        .hasRole(Role.AUTHOR.name())
                        .anyRequest()
                        .hasRole(Role.ADMIN.name()))
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .addFilterBefore(
                        throttle, org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .headers(this::headers);
        bearerTokens(http);
        return http.build();
    }

    /**
     * The page ({@code org.lexcheck.web}) and everything else: form sign-in at {@code /login} with a
     * session and CSRF protection, sign-out; a browser (asking for HTML) that is not signed in is sent
     * to {@code /login}, any other caller gets the 401 problem. HTTP Basic stays for the metrics.
     */
    @Bean
    @Order(2)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
        // Only a browser's page request is remembered for after sign-in: no session for other callers.
        HttpSessionRequestCache pages = new HttpSessionRequestCache();
        pages.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && request.getHeader("Accept") != null
                && request.getHeader("Accept").contains("text/html"));
        AuthenticationEntryPoint entry = (request, response, e) -> {
            String accept = request.getHeader("Accept");
            if (accept != null && accept.contains("text/html")) signIn.commence(request, response, e);
            else problems.commence(request, response, e);
        };
        http.authorizeHttpRequests(a -> a.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers(PUBLIC)
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/", "/upload", "/reports", "/reports/**", "/compare")
                        .hasRole(Role.ADVISER.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(
                        f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l ->
                        l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .addFilterBefore(
                        throttle,
                        org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
                .requestCache(c -> c.requestCache(pages))
                // Sessions end after the idle timeout and the absolute one (SessionLifetime).
                .addFilterBefore(
                        new SessionLifetime(sessionAbsoluteTimeout, Clock.systemUTC()),
                        org.springframework.security.web.context.SecurityContextHolderFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(entry)
                        .accessDeniedHandler(SessionLifetime.signInAgainAfterExpiry(problems)))
                .headers(this::headers);
        bearerTokens(http);
        return http.build();
    }

    /** JWT bearer tokens beside HTTP Basic, when a key or an issuer is configured ({@link JwtSignIn}). */
    private void bearerTokens(HttpSecurity http) throws Exception {
        if (jwtDecoder.isEmpty()) return;
        http.oauth2ResourceServer(o -> o.jwt(j -> j.decoder(jwtDecoder.get()).jwtAuthenticationConverter(jwtRoles))
                .authenticationEntryPoint(problems)
                .accessDeniedHandler(problems));
    }

    /** CSP, {@code X-Frame-Options: DENY}, {@code X-Content-Type-Options: nosniff} on every answer. */
    private void headers(HeadersConfigurer<HttpSecurity> h) {
        h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(f -> f.deny())
                .contentTypeOptions(c -> {});
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name())
                .implies(Role.AUTHOR.name())
                .role(Role.AUTHOR.name())
                .implies(Role.ADVISER.name())
                .build();
    }

    /** bcrypt; a successful match is remembered for five minutes ({@link RememberedPasswordEncoder}). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new RememberedPasswordEncoder(new BCryptPasswordEncoder(), Duration.ofMinutes(5), Clock.systemUTC());
    }

    /** The users in {@code users.txt} of the data folder ({@code lexcheck.data}, default {@code data}). */
    @Bean
    UserStore userStore(
            @Value("${lexcheck.data:data}") String dataFolder,
            @Value("${lexcheck.admin-password:}") String adminPassword,
            PasswordEncoder encoder) {
        UserStore users = new UserStore(Path.of(dataFolder.isBlank() ? "data" : dataFolder));
        FirstAdministrator.ensure(users, encoder, adminPassword);
        return users;
    }

    /** The role as {@code ROLE_<role>}, each team as {@code TEAM_<team>} ({@link Caller}). */
    private static java.util.List<org.springframework.security.core.GrantedAuthority> authorities(UserAccount u) {
        java.util.List<org.springframework.security.core.GrantedAuthority> a = new java.util.ArrayList<>();
        a.add(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                "ROLE_" + u.role().name()));
        for (String team : u.teams())
            a.add(new org.springframework.security.core.authority.SimpleGrantedAuthority(Caller.TEAM_PREFIX + team));
        return a;
    }

    @Bean
    UserDetailsService userDetailsService(UserStore users) {
        return name -> users.find(name)
                .map(u -> User.withUsername(u.name())
                        .password(u.passwordHash())
                        .authorities(authorities(u))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
