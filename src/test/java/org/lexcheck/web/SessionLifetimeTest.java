package org.lexcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.lexcheck.security.Role;
import org.lexcheck.security.UserStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The page's sessions end, and a session is good for the page only: after the idle timeout (the
 * session expired through the container, as Tomcat's background check does), after the absolute
 * limit however busy (the session's creation moved back), and at sign-out, the old cookie no
 * longer works and the browser is sent to {@code /login}, for a page and for a form post alike.
 * The cookie is HttpOnly and SameSite=Lax. A signed-in page session does not authenticate
 * {@code /api/**}: a cross-site form or script that rides the cookie gets a 401.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "lexcheck.reload.watch=false")
class SessionLifetimeTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    WebServerApplicationContext context;

    @BeforeEach
    void anAdviser() {
        TestSupport.user(users, encoder, "sanne", Role.ADVISER);
    }

    /** A page session: the cookie's value, after signing in with the form. */
    private String signIn() throws Exception {
        var page = send("GET", "/login", null, null, null);
        String before = cookie(page);
        String token = csrf(page.body());
        var signedIn = send(
                "POST",
                "/login",
                before,
                "username=sanne&password=sanne-password&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8),
                null);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String session = cookie(signedIn);
        assertThat(session).as("a new session id at sign-in").isNotEqualTo(before);
        assertThat(page(session).statusCode()).isEqualTo(200);
        return session;
    }

    private HttpResponse<String> page(String session) throws Exception {
        return send("GET", "/", session, null, null);
    }

    private HttpResponse<String> send(String method, String path, String session, String form, String authorization)
            throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", HTML)
                .method(
                        method,
                        form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
        if (form != null) b.header("Content-Type", "application/x-www-form-urlencoded");
        if (session != null) b.header("Cookie", "JSESSIONID=" + session);
        if (authorization != null) b.header("Authorization", authorization);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> r) {
        String header = r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + r.headers()));
        Matcher m = SESSION.matcher(header);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }

    private void assertSentToSignIn(String session) throws Exception {
        var again = page(session);
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location").orElse("")).endsWith("/login");
        var form = send("POST", "/", session, "measure=x&_csrf=stale", null);
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    private Session container(String id) throws Exception {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        Context app = (Context) tomcat.getHost().findChildren()[0];
        Session s = app.getManager().findSession(id);
        assertThat(s).as("the container holds session " + id).isNotNull();
        return s;
    }

    @Test
    void theCookieIsHttpOnlyAndSameSiteLaxAndTheIdleTimeoutIsHalfAnHour() throws Exception {
        var page = send("GET", "/login", null, null, null);
        String header = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(header).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        String session = signIn();
        assertThat(container(session).getMaxInactiveInterval()).isEqualTo(30 * 60);
    }

    @Test
    void aSessionIdleBeyondItsTimeoutNoLongerWorks() throws Exception {
        String session = signIn();
        container(session).expire();
        assertSentToSignIn(session);
    }

    @Test
    void aBusySessionEndsAtItsAbsoluteLimit() throws Exception {
        String session = signIn();
        Session s = container(session);
        created(s, Duration.ofHours(11));
        assertThat(page(session).statusCode())
                .as("eleven hours old, still used")
                .isEqualTo(200);
        created(s, Duration.ofHours(12).plusSeconds(1));
        assertSentToSignIn(session);
    }

    /** Moves the session's creation back by {@code age}, as if used a moment ago (Tomcat resets its last access too). */
    private static void created(Session s, Duration age) {
        s.setCreationTime(System.currentTimeMillis() - age.toMillis());
        s.access();
        s.endAccess();
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        String session = signIn();
        String token = csrf(page(session).body());
        var out = send("POST", "/logout", session, "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8), null);
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location").orElse("")).endsWith("/login?logout");
        assertSentToSignIn(session);
    }

    /**
     * Cross-site requests: the API keeps no session, so a page's cookie, which a browser would send
     * with another site's form posted to the API, authenticates nothing there; the page's own forms
     * need their CSRF token, which another site cannot read.
     */
    @Test
    void aPageSessionDoesNotSignInToTheApi() throws Exception {
        String session = signIn();
        String proposal = Files.readString(Path.of("examples/nl-subsidiary-protection-waiting-36-months.json"));
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/checks"))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/json")
                .header("Origin", "https://elsewhere.example")
                .POST(HttpRequest.BodyPublishers.ofString(proposal));
        var check = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(check.statusCode()).isEqualTo(401);
        var plain = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/checks"))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(proposal));
        assertThat(http.send(plain.build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .as("a form's text/plain body, as a cross-site form can send")
                .isEqualTo(401);
        var reports = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
                .header("Cookie", "JSESSIONID=" + session)
                .GET();
        assertThat(http.send(reports.build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(401);
        // The page's own state-changing form, with the session but without the token another site
        // cannot read: refused, and the session still works.
        var form = send("POST", "/", session, "measure=x", null);
        assertThat(form.statusCode()).isEqualTo(403);
        var forged = send("POST", "/logout", session, "_csrf=forged", null);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(page(session).statusCode()).isEqualTo(200);
    }
}
