package org.lexcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The REST service over a real port: formats in and out, and problem details for bad input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CheckApiTest {
    private static final String EXAMPLE = "examples/nl-subsidiary-protection-waiting-36-months";
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    HttpResponse<String> post(String path, String contentType, String accept, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) b.header("Content-Type", contentType);
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void jsonXmlAndYamlProposalsGiveTheSameReport() throws Exception {
        var json = post("/api/v1/checks", "application/json", null, Files.readString(Path.of(EXAMPLE + ".json")));
        var xml = post("/api/v1/checks", "application/xml", "application/json", Files.readString(Path.of(EXAMPLE + ".xml")));
        var yaml = post("/api/v1/checks", "application/yaml", "application/json", Files.readString(Path.of(EXAMPLE + ".yaml")));
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(json.body()).contains("\"verdict\" : \"CONFLICT\"").contains("6697/18");
        assertThat(xml.body()).isEqualTo(json.body());
        assertThat(yaml.body()).isEqualTo(json.body());
    }

    @Test
    void acceptChoosesTheReportFormatAndLangTheLanguage() throws Exception {
        String body = Files.readString(Path.of(EXAMPLE + ".json"));
        var xml = post("/api/v1/checks?lang=nl", "application/json", "application/xml", body);
        assertThat(xml.body()).contains("<report ").contains("xmlns=\"urn:lexcheck:report:1\"").contains("<language>nl</language>");
        var html = post("/api/v1/checks", "application/json", "text/html", body);
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        var dated = post("/api/v1/checks?date=2003-01-01", "application/json", null, body);
        assertThat(dated.body()).contains("\"referenceDate\" : \"2003-01-01\"");
    }

    @Test
    void anUnknownTargetGroupIsA400ProblemNamingTheFieldAndAllowedValues() throws Exception {
        String body = Files.readString(Path.of(EXAMPLE + ".json")).replace("\"SUBSIDIARY_PROTECTION\"", "\"SP\"");
        var r = post("/api/v1/checks", "application/json", null, body);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).contains("\"field\"").contains("measures[0].targetGroups[0]").contains("\"allowed\"")
                .contains("SUBSIDIARY_PROTECTION").doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void malformedBodiesAndUnsupportedTypesAreProblemsToo() throws Exception {
        assertThat(post("/api/v1/checks", "application/json", null, "{\"jurisdiction\":").statusCode()).isEqualTo(400);
        assertThat(post("/api/v1/checks", "text/csv", null, "a,b").statusCode()).isEqualTo(415);
        assertThat(post("/api/v1/checks", "application/json", "image/png", "{}").statusCode()).isEqualTo(406);
        assertThat(post("/api/v1/checks?date=tomorrow", "application/json", null, Files.readString(Path.of(EXAMPLE + ".json"))).statusCode())
                .isEqualTo(400);
        var xxe = post("/api/v1/checks", "application/xml", null,
                "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><proposal xmlns=\"urn:lexcheck:proposal:1\" id=\"&x;\"/>");
        assertThat(xxe.statusCode()).isEqualTo(400);
        assertThat(xxe.body()).doesNotContain("root:");
    }

    @Test
    void effectiveLimitsOptionsAndVerifiedRemediesAreInTheReport() throws Exception {
        var r = post("/api/v1/checks", "application/json", null, Files.readString(Path.of(EXAMPLE + ".json")).replace("36", "40"));
        assertThat(r.body()).contains("\"effectiveLimits\"").contains("\"headroom\" : -16").contains("\"remedies\"")
                .contains("\"verified\" : true").contains("\"amendedMeasure\"");
    }

    @Test
    void diffsAndDatesAreServed() throws Exception {
        String v1 = Files.readString(Path.of(EXAMPLE + ".json"));
        String v2 = v1.replace("\"months\": 36", "\"months\": 24");
        var diff = post("/api/v1/diffs", "application/json", null, "{\"old\":" + v1 + ",\"new\":" + v2 + "}");
        assertThat(diff.statusCode()).isEqualTo(200);
        assertThat(diff.body()).contains("\"changed\"").contains("\"from\" : \"CONFLICT\"");
        var bad = post("/api/v1/diffs", "application/json", null, "{\"old\":" + v1 + ",\"new\":{\"jurisdiction\":\"XX\",\"measures\":[{\"id\":\"m1\",\"type\":\"T\",\"targetGroups\":[\"REFUGEE\"]}]}}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("new.jurisdiction");
        var whatIf = post("/api/v1/checks?dates=2026-06-11,2027-01-01", "application/json", null, v1);
        assertThat(whatIf.body()).contains("\"reports\"").contains("\"changes\"");
    }

    @Test
    void authorsOnThisMachineCanReloadAndSeeTheVersionServing() throws Exception {
        var reload = post("/api/v1/admin/reload", "application/json", null, "");
        assertThat(reload.statusCode()).isEqualTo(200);
        assertThat(reload.body()).contains("\"status\"").contains("\"rulesVersion\"");
        var explained = post("/api/v1/checks?explain=true", "application/json", null, Files.readString(Path.of(EXAMPLE + ".json")));
        assertThat(explained.body()).contains("\"derivation\"");
    }

    @Test
    void schemasHealthAndApiDocumentationAreServed() throws Exception {
        var get = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/schema/proposal-1.xsd")).build();
        assertThat(http.send(get, HttpResponse.BodyHandlers.ofString()).body()).contains("urn:lexcheck:proposal:1");
        var health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build();
        assertThat(http.send(health, HttpResponse.BodyHandlers.ofString()).body()).contains("UP");
        var openapi = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/openapi.yaml")).build();
        assertThat(http.send(openapi, HttpResponse.BodyHandlers.ofString()).body()).contains("/api/v1/checks");
    }
}
