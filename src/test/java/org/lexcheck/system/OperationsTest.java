package org.lexcheck.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lexcheck.TestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an operator sees: the start names the URL to open and the first administrator; the
 * metrics the issue names are on /actuator/prometheus after a check, reloads among them; and the
 * service log of a check holds no proposal content. A context of its own (the property
 * {@code lexcheck.test.context}), so that its start happens while the output is captured.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lexcheck.reload.watch=false", "lexcheck.test.context=operations"})
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    KnowledgeReloader reloader;

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", TestSupport.ADMIN)
                        .header("Content-Type", "application/json")
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theStartNamesTheUrlAndTheFirstAdministrator(CapturedOutput output) {
        // A plain line on standard output for whoever started it, and a log line for a collector.
        assertThat(output.getOut()).contains("lexcheck: serving on http://localhost:" + port + "/");
        assertThat(output.getAll())
                .contains("lexcheck: serving on http:\\/\\/localhost:" + port + "\\/")
                .contains(
                        "lexcheck: first administrator 'admin' created with the password from LEXCHECK_ADMIN_PASSWORD")
                .doesNotContain(TestSupport.ADMIN_PASSWORD);
    }

    @Test
    void theUrlNamesTheBoundHostPortAndPath() {
        assertThat(ServingAddress.url("", 8080, "", false)).isEqualTo("http://localhost:8080/");
        assertThat(ServingAddress.url("0.0.0.0", 8080, "/", false)).isEqualTo("http://localhost:8080/");
        assertThat(ServingAddress.url("127.0.0.1", 9000, "/lexcheck", false))
                .isEqualTo("http://127.0.0.1:9000/lexcheck/");
        assertThat(ServingAddress.url("::1", 8443, "", true)).isEqualTo("https://[::1]:8443/");
    }

    @Test
    void checksLatencyFindingsReloadsAndRejectedInputsAreOnPrometheus() throws Exception {
        String before = send("GET", "/actuator/prometheus", null).body();
        assertThat(before)
                .contains("lexcheck_reloads_total{outcome=\"RELOADED\"} 0.0")
                .contains("lexcheck_reloads_total{outcome=\"FAILED\"} 0.0");
        String example = Files.readString(Path.of("examples/nl-subsidiary-protection-waiting-36-months.json"));
        assertThat(send("POST", "/api/v1/checks", example).statusCode()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/checks", "{\"id\": 1}").statusCode()).isEqualTo(400);
        // One reload asked for over the API, one as the file watch makes it: both counted.
        assertThat(send("POST", "/api/v1/admin/reload", null).statusCode()).isEqualTo(200);
        reloader.reload();
        String metrics = send("GET", "/actuator/prometheus", null).body();
        assertThat(metrics)
                .contains("lexcheck_checks_total{verdict=\"CONFLICT\"}")
                .contains("lexcheck_check_duration_seconds_bucket{le=")
                .contains("lexcheck_check_duration_seconds_count")
                .contains("lexcheck_findings_total{kind=\"CONFLICT\"}")
                .contains("lexcheck_findings_total{kind=\"RISK\"}")
                .contains("lexcheck_requests_total{kind=\"report\"}")
                .contains("lexcheck_rejected_total{status=\"400\",type=\"urn:lexcheck:problem:invalid-input\"}")
                .contains("lexcheck_reloads_total{outcome=\"UNCHANGED\"} 2.0");
    }

    @Test
    void theLogOfACheckHoldsNoProposalContent(CapturedOutput output) throws Exception {
        String proposalId = "secret-proposal-4e1b9c";
        String measureId = "secret-measure-77d0";
        String description = "Secret-description-0a5f";
        String proposal = Files.readString(Path.of("examples/nl-subsidiary-protection-waiting-36-months.json"))
                .replace("nl-2027-family-reunification", proposalId)
                .replace("\"m1\"", "\"" + measureId + "\"")
                .replace("Sponsor must have held the permit for 36 months", description);
        int from = output.getAll().length();
        assertThat(send("POST", "/api/v1/checks", proposal).statusCode()).isEqualTo(201);
        // An unknown measure type (answered, NOT_ASSESSED), a wrong value and JSON that does not
        // parse (refused).
        assertThat(send("POST", "/api/v1/checks", proposal.replace("FR_WAITING_PERIOD", "SECRET_TYPE_31C7"))
                        .statusCode())
                .isLessThan(500);
        assertThat(send(
                                "POST",
                                "/api/v1/checks",
                                proposal.replace("\"months\": 36", "\"months\": \"thirty-six-secret\""))
                        .statusCode())
                .isEqualTo(400);
        assertThat(send("POST", "/api/v1/checks", proposal.substring(0, proposal.length() / 2))
                        .statusCode())
                .isEqualTo(400);
        String log = output.getAll().substring(from);
        assertThat(log).contains("checks 201").contains("checks 400");
        assertThat(log)
                .doesNotContain(proposalId)
                .doesNotContain(measureId)
                .doesNotContain(description)
                .doesNotContain("FR_WAITING_PERIOD")
                .doesNotContain("SECRET_TYPE_31C7")
                .doesNotContain("thirty-six-secret")
                .doesNotContain("SUBSIDIARY_PROTECTION");
    }
}
