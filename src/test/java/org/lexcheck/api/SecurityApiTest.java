package org.lexcheck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexcheck.TestSupport.json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.lexcheck.security.Role;
import org.lexcheck.security.UserStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Sign-in and roles over a real port: who gets 401, who gets 403, what stays public, which headers every answer has. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "lexcheck.reload.watch=false")
class SecurityApiTest {
    private static final String ADVISER = TestSupport.basic("adviser", "adviser-password");
    private static final String AUTHOR = TestSupport.basic("author", "author-password");
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void advisersAndAuthors() {
        TestSupport.user(users, encoder, "adviser", Role.ADVISER);
        TestSupport.user(users, encoder, "author", Role.AUTHOR);
    }

    private HttpResponse<String> send(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (method.equals("POST")) {
            String body = path.startsWith("/api/v1/checks")
                    ? Files.readString(Path.of("examples/nl-subsidiary-protection-waiting-36-months.json"))
                    : "";
            b.POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        }
        if (authorization != null) b.header("Authorization", authorization);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withoutSignInACheckIsA401ProblemWithTheBasicChallenge() throws Exception {
        var r = send("POST", "/api/v1/checks", null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
        assertThat(json(r.body()).get("type").asString()).isEqualTo("urn:lexcheck:problem:unauthorized");
        assertThat(json(r.body()).get("status").asInt()).isEqualTo(401);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("org.");
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsA401() throws Exception {
        for (String wrong : new String[] {
            TestSupport.basic("adviser", "not-the-password"), TestSupport.basic("nobody", "adviser-password")
        }) {
            var r = send("POST", "/api/v1/checks", wrong);
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(json(r.body()).get("type").asString()).isEqualTo("urn:lexcheck:problem:unauthorized");
            assertThat(r.body()).doesNotContain("nobody").doesNotContain("Bad credentials");
        }
    }

    @Test
    void anAdviserChecksButMayNotReload() throws Exception {
        var check = send("POST", "/api/v1/checks", ADVISER);
        assertThat(check.statusCode()).isEqualTo(201);
        assertThat(json(check.body()).at("/summary/verdict").asString()).isEqualTo("CONFLICT");
        assertThat(send("GET", "/api/v1/obligations?jurisdiction=NL", ADVISER).statusCode())
                .isEqualTo(200);
        for (String[] admin : new String[][] {{"POST", "/api/v1/admin/reload"}, {"GET", "/api/v1/admin/versions"}}) {
            var r = send(admin[0], admin[1], ADVISER);
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(json(r.body()).get("type").asString()).isEqualTo("urn:lexcheck:problem:forbidden");
            assertThat(r.body()).doesNotContain("ROLE_").doesNotContain("Exception");
        }
        assertThat(send("GET", "/actuator/prometheus", ADVISER).statusCode()).isEqualTo(403);
    }

    @Test
    void anAuthorReloadsAndReadsTheVersionsAndOnlyTheAdminReadsTheMetrics() throws Exception {
        var reload = send("POST", "/api/v1/admin/reload", AUTHOR);
        assertThat(reload.statusCode()).isEqualTo(200);
        assertThat(json(reload.body()).get("status").asString()).isIn("RELOADED", "UNCHANGED");
        assertThat(send("GET", "/api/v1/admin/versions", AUTHOR).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/v1/checks", AUTHOR).statusCode()).isEqualTo(201);
        assertThat(send("GET", "/actuator/prometheus", AUTHOR).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/actuator/prometheus", TestSupport.ADMIN).statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/actuator/prometheus", null).statusCode()).isEqualTo(401);
    }

    @Test
    void healthInfoTheApiDescriptionAndTheSchemasArePublic() throws Exception {
        for (String path : new String[] {
            "/actuator/health",
            "/actuator/health/readiness",
            "/actuator/info",
            "/openapi.yaml",
            "/schema/proposal-1.xsd"
        }) {
            assertThat(send("GET", path, null).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (var r : new HttpResponse<?>[] {
            send("GET", "/actuator/health", null),
            send("POST", "/api/v1/checks", null),
            send("POST", "/api/v1/checks", ADVISER)
        }) {
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
                    .startsWith("default-src 'self'");
            assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    @Test
    void refusalsAreCountedLikeOtherProblemAnswers() throws Exception {
        send("POST", "/api/v1/checks", null);
        send("POST", "/api/v1/admin/reload", ADVISER);
        String metrics = send("GET", "/actuator/prometheus", TestSupport.ADMIN).body();
        assertThat(metrics)
                .contains("lexcheck_rejected_total{status=\"401\",type=\"urn:lexcheck:problem:unauthorized\"}")
                .contains("lexcheck_rejected_total{status=\"403\",type=\"urn:lexcheck:problem:forbidden\"}");
    }

    @Test
    void outsideTheApiAChangeWithoutACsrfTokenIsRefusedEvenForTheAdmin() throws Exception {
        var r = send("POST", "/login", TestSupport.ADMIN);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(json(r.body()).get("type").asString()).isEqualTo("urn:lexcheck:problem:forbidden");
    }

    @Test
    void theApiSetsNoSessionCookie() throws Exception {
        var r = send("POST", "/api/v1/checks", ADVISER);
        assertThat(r.headers().allValues("Set-Cookie")).isEmpty();
    }
}
