package org.lexcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.lexcheck.security.Role;
import org.lexcheck.security.UserStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The page's doors without a browser: a browser not signed in is sent to the sign-in page, any
 * other caller gets the 401 problem (the API keeps its own); the sign-in page and the stylesheets
 * are public; a form posted without its CSRF token is refused; no inline style is allowed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "lexcheck.reload.watch=false")
class PageSecurityTest {
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String adviser;

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void anAdviser() {
        adviser = TestSupport.user(users, encoder, "erik", Role.ADVISER);
    }

    private HttpResponse<String> send(String method, String path, String accept, String authorization)
            throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (accept != null) b.header("Accept", accept);
        if (authorization != null) b.header("Authorization", authorization);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBrowserIsSentToSignInAndOtherCallersGetA401() throws Exception {
        var browser = send("GET", "/", "text/html,application/xhtml+xml,*/*;q=0.8", null);
        assertThat(browser.statusCode()).isEqualTo(302);
        assertThat(browser.headers().firstValue("Location").orElse("")).endsWith("/login");
        var client = send("GET", "/reports", "application/json", null);
        assertThat(client.statusCode()).isEqualTo(401);
        assertThat(client.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(client.headers().firstValue("Set-Cookie")).isEmpty();
        var api = send("GET", "/api/v1/reports", "text/html", null);
        assertThat(api.statusCode()).isEqualTo(401);
    }

    @Test
    void theSignInPageAndTheStylesheetsArePublicWithAStrictPolicy() throws Exception {
        var login = send("GET", "/login", "text/html", null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("name=\"_csrf\"").contains("<html lang=\"en\"");
        String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp)
                .contains("style-src 'self'")
                .doesNotContain("unsafe-inline")
                .contains("form-action 'self'");
        assertThat(send("GET", "/css/page.css", null, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/css/print.css", null, null).statusCode()).isEqualTo(200);
        var dutch = send("GET", "/login?lang=nl", "text/html", null);
        assertThat(dutch.body()).contains("<html lang=\"nl\"").contains("Aanmelden");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        assertThat(send("GET", "/", "text/html", adviser).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/", "text/html", adviser).statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownReportIsAPageNotFoundWithoutDetail() throws Exception {
        var r = send("GET", "/reports/no-such-report", "text/html", adviser);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("id=\"not-found\"").doesNotContain("Exception");
    }
}
