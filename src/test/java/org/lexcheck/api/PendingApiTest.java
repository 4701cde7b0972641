package org.lexcheck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexcheck.TestSupport.json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 11, item 7 over REST: {@code withPending=true} assumes pending law; without it nothing changes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "lexcheck.reload.watch=false")
class PendingApiTest {
    private static final Path RETURN = Path.of("src/test/resources/pact/nl-return-hubs-detention-entry-bans.json");
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> post(String query) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/checks" + query))
                        .header("Authorization", TestSupport.ADMIN)
                        .POST(HttpRequest.BodyPublishers.ofString(Files.readString(RETURN)))
                        .header("Content-Type", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withPendingTrueAssumesTheProposedReturnRegulationAndFalseChangesNothing() throws Exception {
        var plain = post("");
        var off = post("?withPending=false");
        var on = post("?withPending=true");
        assertThat(off.body()).isEqualTo(plain.body());
        assertThat(json(plain.body()).has("pendingLaw")).isFalse();
        assertThat(json(on.body()).at("/pendingLaw/0/label").asString()).isEqualTo("proposal COM(2025) 101");
        assertThat(json(on.body()).at("/summary/conflicts").asInt()).isZero();
        assertThat(json(plain.body()).at("/summary/conflicts").asInt()).isEqualTo(3);
        assertThat(post("?withPending=maybe").statusCode()).isEqualTo(400);
    }
}
