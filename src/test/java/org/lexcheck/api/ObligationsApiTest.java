package org.lexcheck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexcheck.TestSupport.json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code GET /api/v1/obligations}: the obligations of a state on a date, and problems for bad parameters. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "lexcheck.reload.watch=false")
class ObligationsApiTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String query, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/obligations" + query))
                .header("Authorization", TestSupport.ADMIN);
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void jsonByDefaultAndTextOnRequest() throws Exception {
        var json = get("?jurisdiction=NL&date=2027-01-01&area=RECEPTION", null);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        var report = json(json.body());
        assertThat(report.at("/area").asString()).isEqualTo("RECEPTION");
        assertThat(report.get("obligations")
                        .valueStream()
                        .map(o -> o.get("title").asString()))
                .isNotEmpty();
        var text = get("?jurisdiction=NL&date=2027-01-01&area=RECEPTION&lang=nl", "text/plain");
        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(text.body()).startsWith("Verplichtingen die NL op 2027-01-01 binden");
    }

    @Test
    void badParametersAre400ProblemsNamingTheParameter() throws Exception {
        var state = get("?jurisdiction=XX", null);
        assertThat(state.statusCode()).isEqualTo(400);
        assertThat(state.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(state.body()).contains("jurisdiction").contains("unknown state");
        var missing = get("", null);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("jurisdiction");
        var date = get("?jurisdiction=NL&date=2027-13-01", null);
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(date.body()).contains("date");
        var area = get("?jurisdiction=NL&area=FOO", null);
        assertThat(area.statusCode()).isEqualTo(400);
        assertThat(area.body()).contains("area").contains("ASYLUM_PROCEDURE");
        var xml = get("?jurisdiction=NL", "application/xml");
        assertThat(xml.statusCode()).isEqualTo(406);
    }
}
