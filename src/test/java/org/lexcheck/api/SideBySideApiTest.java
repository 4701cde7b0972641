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

/** {@code POST /api/v1/checks?jurisdictions=...}: states side by side in every format, and problems for bad lists. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "lexcheck.reload.watch=false")
class SideBySideApiTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> post(String query, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/checks" + query))
                .header("Authorization", TestSupport.ADMIN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        Files.readString(Path.of("examples/nl-2025-two-status-system.json"))));
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyFormatCarriesTheMatrix() throws Exception {
        var j = post("?jurisdictions=NL,DK,IE,BE&date=2026-12-01", null);
        assertThat(j.statusCode()).isEqualTo(201);
        var comparison = json(j.body());
        assertThat(comparison.at("/measures/0/cells/1/differences/0/text").asString())
                .isEqualTo("FRD binds NL, not DK");
        var xml = post("?jurisdictions=NL,DK&date=2026-12-01", "application/xml");
        assertThat(xml.body()).contains("<comparison ", "notAppliedIn=\"DK\"");
        var html = post("?jurisdictions=NL,DK&date=2026-12-01&lang=nl", "text/html");
        assertThat(html.body()).contains("<html lang=\"nl\"", "Staten naast elkaar");
        var text = post("?jurisdictions=NL,DK&date=2026-12-01", "text/plain");
        assertThat(text.body()).contains("m1 FR_WAITING_PERIOD", "RISK~");
    }

    @Test
    void badListsAre400ProblemsNamingTheParameter() throws Exception {
        var unknown = post("?jurisdictions=NL,ZZ", null);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown.body()).get("field").asString()).isEqualTo("jurisdictions");
        assertThat(unknown.body()).contains("unknown state 'ZZ'");
        var empty = post("?jurisdictions=", null);
        assertThat(empty.statusCode()).isEqualTo(400);
        var withDates = post("?jurisdictions=NL,DK&dates=2026-01-01,2027-01-01", null);
        assertThat(withDates.statusCode()).isEqualTo(400);
        assertThat(json(withDates.body()).get("field").asString()).isEqualTo("jurisdictions");
    }
}
