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

/** Metrics for Prometheus, health with the knowledge serving, and a request id on every answer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "lexcheck.reload.watch=false")
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class ObservabilityApiTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", TestSupport.ADMIN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> check(String body, String requestId) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/checks"))
                .header("Authorization", TestSupport.ADMIN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (requestId != null) b.header("X-Request-Id", requestId);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void checksLatencyFindingsAndRejectedInputsAreCounted() throws Exception {
        String example = Files.readString(Path.of("examples/nl-subsidiary-protection-waiting-36-months.json"));
        assertThat(check(example, null).statusCode()).isEqualTo(201);
        assertThat(check("{\"id\": 1}", null).statusCode()).isEqualTo(400);
        var anonymous = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        String metrics = get("/actuator/prometheus").body();
        assertThat(metrics)
                .contains("lexcheck_checks_total{verdict=\"CONFLICT\"}")
                .contains("lexcheck_check_duration_seconds_bucket")
                .contains("lexcheck_findings_total{kind=\"CONFLICT\"}")
                .contains("lexcheck_requests_total{kind=\"report\"}")
                .contains("lexcheck_rejected_total{status=\"400\",type=\"urn:lexcheck:problem:invalid-input\"}")
                .contains("lexcheck_rejected_total{status=\"401\",type=\"urn:lexcheck:problem:unauthorized\"}");
    }

    @Test
    void readinessIncludesTheKnowledgeAndInfoNamesItsVersions() throws Exception {
        var ready = get("/actuator/health/readiness");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(json(ready.body()).at("/status").asString()).isEqualTo("UP");
        assertThat(ready.body()).contains("knowledge").doesNotContain("path");
        var info = json(get("/actuator/info").body());
        assertThat(info.at("/knowledge/rulesVersion").asString()).matches("[0-9a-f]{12}");
        assertThat(info.at("/knowledge/ontologyVersion").asString()).matches("[0-9a-f]{12}");
    }

    @Test
    void everyAnswerCarriesARequestIdAndAHostileOneIsReplaced() throws Exception {
        var given = check("{}", "abc-123");
        assertThat(given.headers().firstValue("X-Request-Id")).hasValue("abc-123");
        var hostile = check("{}", "x\" injected=1 <script>");
        assertThat(hostile.headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f-]{36}"));
    }

    @Test
    void theLogSaysWhatWasAskedWithTheRequestIdButNeverTheProposal(
            org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        String secret = "Geheim-voorstel-7f3a";
        String proposal = Files.readString(Path.of("examples/nl-subsidiary-protection-waiting-36-months.json"))
                .replaceFirst("\"title\": *\"[^\"]*\"", "\"title\": \"" + secret + "\"");
        assertThat(check(proposal, "log-test-1").statusCode()).isEqualTo(201);
        assertThat(check("{\"id\": \"" + secret + "\"}", "log-test-2").statusCode())
                .isEqualTo(400);
        assertThat(output.getAll())
                .contains("\"requestId\":\"log-test-1\"", "checks 201", "\"requestId\":\"log-test-2\"", "checks 400")
                .doesNotContain(secret);
    }
}
