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

/** Every check is stored: 201 with its Location, readable again byte for byte by its owner, by nobody else. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "lexcheck.reload.watch=false")
class StoredReportsApiTest {
    private String anna;
    private String bram;
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void twoAdvisers() {
        anna = TestSupport.user(users, encoder, "anna", Role.ADVISER);
        bram = TestSupport.user(users, encoder, "bram", Role.ADVISER);
    }

    private HttpResponse<String> get(String path, String who) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", who)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> check(String who, String accept) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/checks?lang=nl"))
                        .header("Authorization", who)
                        .header("Content-Type", "application/json")
                        .header("Accept", accept)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                Files.readString(Path.of("examples/nl-subsidiary-protection-waiting-36-months.json"))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCheckIsStoredAndOnlyItsOwnerReadsItAgain() throws Exception {
        var created = check(anna, "text/plain");
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/api/v1/reports/[0-9a-f-]{36}");
        var again = get(location, anna);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(again.body()).isEqualTo(created.body());
        var other = get(location, bram);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(json(other.body()).get("type").asString()).isEqualTo("urn:lexcheck:problem:not-found");
        assertThat(get("/api/v1/reports/no-such-id", anna).statusCode()).isEqualTo(404);
    }

    @Test
    void theListShowsTheCallersChecksNewestFirstWithTheirProvenance() throws Exception {
        String first =
                check(anna, "application/json").headers().firstValue("Location").orElseThrow();
        String second =
                check(anna, "application/json").headers().firstValue("Location").orElseThrow();
        check(bram, "application/json");
        var list = json(get("/api/v1/reports?proposal=nl-2027-family-reunification&size=2", anna)
                .body());
        assertThat(list.size()).isEqualTo(2);
        assertThat(list.get(0).get("location").asString()).isEqualTo(second);
        assertThat(list.get(1).get("location").asString()).isEqualTo(first);
        assertThat(list.get(0).get("owner").asString()).isEqualTo("anna");
        assertThat(list.get(0).at("/provenance/rulesVersion").asString()).matches("[0-9a-f]{12}");
        assertThat(list.get(0).at("/referenceDates/0").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        var bad = get("/api/v1/reports?size=1000", anna);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad.body()).get("field").asString()).isEqualTo("size");
        assertThat(get("/api/v1/reports", TestSupport.basic("anna", "wrong")).statusCode())
                .isEqualTo(401);
    }
}
