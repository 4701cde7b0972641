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
import tools.jackson.databind.JsonNode;

/**
 * The REST service over a real port: formats in and out, and problem details for bad input.
 * The service reads the repository's ontology/ and rules/ (and shares the version the test JVM
 * already built) but does not watch them: a test never reacts to edits of the real law.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "lexcheck.reload.watch=false")
class CheckApiTest {
    private static final String EXAMPLE = "examples/nl-subsidiary-protection-waiting-36-months";
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    HttpResponse<String> post(String path, String contentType, String accept, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", TestSupport.ADMIN)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) b.header("Content-Type", contentType);
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void jsonXmlAndYamlProposalsGiveTheSameReport() throws Exception {
        var json = post("/api/v1/checks", "application/json", null, Files.readString(Path.of(EXAMPLE + ".json")));
        var xml = post(
                "/api/v1/checks", "application/xml", "application/json", Files.readString(Path.of(EXAMPLE + ".xml")));
        var yaml = post(
                "/api/v1/checks", "application/yaml", "application/json", Files.readString(Path.of(EXAMPLE + ".yaml")));
        assertThat(json.statusCode()).isEqualTo(201);
        assertThat(json.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(json(json.body()).at("/summary/verdict").asString()).isEqualTo("CONFLICT");
        assertThat(json(json.body()).findValuesAsString("caseNumber")).contains("6697/18");
        assertThat(xml.body()).isEqualTo(json.body());
        assertThat(yaml.body()).isEqualTo(json.body());
    }

    @Test
    void acceptChoosesTheReportFormatAndLangTheLanguage() throws Exception {
        String body = Files.readString(Path.of(EXAMPLE + ".json"));
        var xml = post("/api/v1/checks?lang=nl", "application/json", "application/xml", body);
        assertThat(xml.body())
                .contains("<report ")
                .contains("xmlns=\"urn:lexcheck:report:1\"")
                .contains("<language>nl</language>");
        var html = post("/api/v1/checks", "application/json", "text/html", body);
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        var dated = post("/api/v1/checks?date=2003-01-01", "application/json", null, body);
        assertThat(json(dated.body()).get("referenceDate").asString()).isEqualTo("2003-01-01");
    }

    @Test
    void anUnknownTargetGroupIsA400ProblemNamingTheFieldAndAllowedValues() throws Exception {
        String body = Files.readString(Path.of(EXAMPLE + ".json")).replace("\"SUBSIDIARY_PROTECTION\"", "\"SP\"");
        var r = post("/api/v1/checks", "application/json", null, body);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = json(r.body());
        assertThat(problem.get("field").asString()).isEqualTo("measures[0].targetGroups[0]");
        assertThat(problem.get("allowed").valueStream().map(JsonNode::asString).toList())
                .contains("SUBSIDIARY_PROTECTION");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void malformedBodiesAndUnsupportedTypesAreProblemsToo() throws Exception {
        assertThat(post("/api/v1/checks", "application/json", null, "{\"jurisdiction\":")
                        .statusCode())
                .isEqualTo(400);
        assertThat(post("/api/v1/checks", "text/csv", null, "a,b").statusCode()).isEqualTo(415);
        assertThat(post("/api/v1/checks", "application/json", "image/png", "{}").statusCode())
                .isEqualTo(406);
        assertThat(post(
                                "/api/v1/checks?date=tomorrow",
                                "application/json",
                                null,
                                Files.readString(Path.of(EXAMPLE + ".json")))
                        .statusCode())
                .isEqualTo(400);
        var xxe = post(
                "/api/v1/checks",
                "application/xml",
                null,
                "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><proposal xmlns=\"urn:lexcheck:proposal:1\" id=\"&x;\"/>");
        assertThat(xxe.statusCode()).isEqualTo(400);
        assertThat(xxe.body()).doesNotContain("root:");
    }

    @Test
    void effectiveLimitsOptionsAndVerifiedRemediesAreInTheReport() throws Exception {
        var r = post(
                "/api/v1/checks",
                "application/json",
                null,
                Files.readString(Path.of(EXAMPLE + ".json")).replace("36", "40"));
        JsonNode report = json(r.body());
        assertThat(report.get("effectiveLimits")
                        .valueStream()
                        .map(l -> l.get("headroom").asInt())
                        .toList())
                .contains(-16);
        JsonNode remedies = report.get("findings")
                .valueStream()
                .filter(f -> f.has("remedies"))
                .findFirst()
                .orElseThrow()
                .get("remedies");
        assertThat(remedies.valueStream()).anySatisfy(rem -> {
            assertThat(rem.get("verified").asBoolean()).isTrue();
            assertThat(rem.get("amendedMeasure").isObject()).isTrue();
        });
    }

    @Test
    void diffsAndDatesAreServed() throws Exception {
        String v1 = Files.readString(Path.of(EXAMPLE + ".json"));
        String v2 = v1.replace("\"months\": 36", "\"months\": 24");
        var diff = post("/api/v1/diffs", "application/json", null, "{\"old\":" + v1 + ",\"new\":" + v2 + "}");
        assertThat(diff.statusCode()).isEqualTo(200);
        assertThat(json(diff.body()).at("/changed/0/from").asString()).isEqualTo("CONFLICT");
        var bad = post(
                "/api/v1/diffs",
                "application/json",
                null,
                "{\"old\":" + v1
                        + ",\"new\":{\"jurisdiction\":\"XX\",\"measures\":[{\"id\":\"m1\",\"type\":\"T\",\"targetGroups\":[\"REFUGEE\"]}]}}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad.body()).get("field").asString()).isEqualTo("new.jurisdiction");
        var whatIf = post("/api/v1/checks?dates=2026-06-11,2027-01-01", "application/json", null, v1);
        assertThat(json(whatIf.body()).get("reports").size()).isEqualTo(2);
        assertThat(json(whatIf.body()).get("changes").size()).isEqualTo(1);
    }

    @Test
    void authorsCanReloadAndSeeTheVersionServing() throws Exception {
        var reload = post("/api/v1/admin/reload", "application/json", null, "");
        assertThat(reload.statusCode()).isEqualTo(200);
        assertThat(json(reload.body()).get("status").asString()).isIn("RELOADED", "UNCHANGED");
        assertThat(json(reload.body()).get("rulesVersion").asString()).hasSize(12);
        var explained = post(
                "/api/v1/checks?explain=true", "application/json", null, Files.readString(Path.of(EXAMPLE + ".json")));
        assertThat(json(explained.body()).get("findings").valueStream())
                .allSatisfy(f -> assertThat(f.get("derivation").isArray()).isTrue());
    }

    @Test
    void schemasHealthAndApiDocumentationAreServed() throws Exception {
        var get = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/schema/proposal-1.xsd"))
                .build();
        assertThat(http.send(get, HttpResponse.BodyHandlers.ofString()).body()).contains("urn:lexcheck:proposal:1");
        var health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .build();
        assertThat(http.send(health, HttpResponse.BodyHandlers.ofString()).body())
                .contains("UP");
        var openapi = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/openapi.yaml"))
                .build();
        assertThat(http.send(openapi, HttpResponse.BodyHandlers.ofString()).body())
                .contains("/api/v1/checks");
    }
}
