package org.lexcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lexcheck.FusekiTestServer;
import org.lexcheck.TestSupport;
import org.lexcheck.knowledge.SourceFiles;
import org.lexcheck.security.Role;
import org.lexcheck.security.UserStore;
import org.lexcheck.system.SparqlKnowledge;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service configured for a SPARQL server ({@code lexcheck.knowledge.sparql},
 * {@code lexcheck.store=sparql}) on a real Fuseki: it serves the published knowledge (a reload
 * reads the published version), keeps the checks it answers there, and answers {@code 503} with {@code Retry-After} when the server stops
 * answering, never a stack trace; when the server is back (same port, same data) it answers, stores
 * and reloads again by itself, without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "lexcheck.reload.watch=false")
class ServiceOnFusekiTest {
    private static FusekiTestServer fuseki;
    private static String version;
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    @Autowired
    PasswordEncoder encoder;

    @DynamicPropertySource
    static void onFuseki(DynamicPropertyRegistry properties) {
        fuseki = FusekiTestServer.start();
        version = new SparqlKnowledge(fuseki.url()).publish(SourceFiles.fromDirectory(Path.of("ontology"), ".ttl"));
        properties.add("lexcheck.knowledge.sparql", fuseki::url);
        properties.add("lexcheck.store", () -> "sparql");
        properties.add("lexcheck.store.sparql", fuseki::url);
    }

    @AfterAll
    static void stop() {
        if (fuseki != null) fuseki.close();
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String who) throws Exception {
        return http.send(request.header("Authorization", who).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theServiceServesThePublishedLawKeepsChecksOnTheServerAnswers503WhenItIsGoneAndRecoversWhenItIsBack()
            throws Exception {
        String anna = TestSupport.user(users, encoder, "anna", Role.ADVISER);
        var created = send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/checks"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                Files.readString(Path.of("examples/nl-subsidiary-protection-waiting-36-months.json")))),
                anna);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(TestSupport.json(created.body())
                        .at("/provenance/ontologyVersion")
                        .asString())
                .isEqualTo(version);
        URI location = URI.create("http://localhost:" + port)
                .resolve(created.headers().firstValue("Location").orElseThrow());
        assertThat(new SparqlKnowledge(fuseki.url()).current()).contains(version);

        var stored = send(HttpRequest.newBuilder(location), anna);
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(stored.body()).isEqualTo(created.body());

        var reload = send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/reload"))
                        .POST(HttpRequest.BodyPublishers.noBody()),
                TestSupport.ADMIN);
        assertThat(reload.statusCode()).as(reload.body()).isEqualTo(200);
        assertThat(TestSupport.json(reload.body()).at("/status").asString()).isEqualTo("UNCHANGED");
        assertThat(TestSupport.json(reload.body()).at("/ontologyVersion").asString())
                .isEqualTo(version);

        fuseki.close();
        var gone = send(HttpRequest.newBuilder(location), anna);
        assertThat(gone.statusCode()).isEqualTo(503);
        assertThat(gone.headers().firstValue("Retry-After")).contains("10");
        assertThat(gone.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(TestSupport.json(gone.body()).at("/type").asString()).isEqualTo("urn:lexcheck:problem:unavailable");
        assertThat(gone.body()).as("no stack trace, no internal address").doesNotContain("Exception", fuseki.url());

        // Fuseki back on the same port with the same data: the service answers again by itself,
        // within the Retry-After it gave, without a restart.
        fuseki.restart();
        HttpResponse<String> back = null;
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            back = send(HttpRequest.newBuilder(location), anna);
            if (back.statusCode() == 200) break;
            assertThat(back.statusCode()).as(back.body()).isEqualTo(503);
            Thread.sleep(200);
        }
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(back.body()).isEqualTo(created.body());
        var again = send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/checks"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                Files.readString(Path.of("examples/nl-subsidiary-protection-waiting-36-months.json")))),
                anna);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(again.headers().firstValue("X-Lexcheck-Not-Stored")).isEmpty();
        var storedAgain = send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port)
                        .resolve(again.headers().firstValue("Location").orElseThrow())),
                anna);
        assertThat(storedAgain.statusCode()).isEqualTo(200);
        assertThat(storedAgain.body()).isEqualTo(again.body());
        var reloadAgain = send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/reload"))
                        .POST(HttpRequest.BodyPublishers.noBody()),
                TestSupport.ADMIN);
        assertThat(reloadAgain.statusCode()).as(reloadAgain.body()).isEqualTo(200);
        assertThat(TestSupport.json(reloadAgain.body()).at("/ontologyVersion").asString())
                .isEqualTo(version);
    }
}
