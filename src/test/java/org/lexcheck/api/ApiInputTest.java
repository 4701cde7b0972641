package org.lexcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.lexcheck.proposal.ProposalReader;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Input the service must refuse with a problem naming the field, and the media types it must get right. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiInputTest {
    private static final String EXAMPLE = "examples/nl-subsidiary-protection-waiting-36-months";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> post(String path, String contentType, String accept, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", TestSupport.ADMIN)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) b.header("Content-Type", contentType);
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", TestSupport.ADMIN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String example(String ext) throws Exception {
        return Files.readString(Path.of(EXAMPLE + ext));
    }

    /** The problem's status, field and allowed values, parsed. */
    private static JsonNode problem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).doesNotContain("Exception");
        return JSON.readTree(r.body());
    }

    @Test
    void numbersBeyondDoubleOrTheParameterRangeAre400NamingTheFieldAndRange() throws Exception {
        for (String number : new String[] {"1e400", "9223372036854776000", "-1"}) {
            JsonNode p = problem(
                    post(
                            "/api/v1/checks",
                            "application/json",
                            null,
                            example(".json").replace("\"months\": 36", "\"months\": " + number)),
                    400);
            assertThat(p.get("field").asString()).isEqualTo("measures[0].parameters.months");
            assertThat(p.get("detail").asString()).contains("between 0 and 1000000000");
            assertThat(p.get("allowed").get(0).asString()).isEqualTo("0 to 1000000000");
        }
        JsonNode yaml = problem(
                post(
                        "/api/v1/checks",
                        "application/yaml",
                        null,
                        example(".yaml").replace("36", "1e400")),
                400);
        assertThat(yaml.get("field").asString()).isEqualTo("measures[0].parameters.months");
    }

    @Test
    void xYamlIsAcceptedAsYaml() throws Exception {
        var r = post("/api/v1/checks", "application/x-yaml", null, example(".yaml"));
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(r.body()).get("summary").get("verdict").asString())
                .isEqualTo("CONFLICT");
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        String big = "{\"title\":\"" + "x".repeat(ProposalReader.MAX_BYTES) + "\"}";
        assertThat(problem(post("/api/v1/checks", "application/json", null, big), 413)
                        .get("field")
                        .asString())
                .isEqualTo("(body)");
        assertThat(post("/api/v1/diffs", "application/json", null, big).statusCode())
                .isEqualTo(413);
    }

    @Test
    void badQueryParametersAreNamed() throws Exception {
        String body = example(".json");
        JsonNode explain = problem(post("/api/v1/checks?explain=maybe", "application/json", null, body), 400);
        assertThat(explain.get("field").asString()).isEqualTo("explain");
        assertThat(explain.get("allowed").toString()).isEqualTo("[\"true\",\"false\"]");
        JsonNode dates =
                problem(post("/api/v1/checks?dates=2026-06-11,2026-13-01", "application/json", null, body), 400);
        assertThat(dates.get("field").asString()).isEqualTo("dates");
        assertThat(dates.get("detail").asString()).contains("2026-13-01");
        JsonNode both = problem(
                post("/api/v1/checks?date=2026-06-11&dates=2026-06-11,2027-01-01", "application/json", null, body),
                400);
        assertThat(both.get("detail").asString()).contains("date").contains("dates");
        assertThat(both.get("allowed").toString()).contains("\"date\"").contains("\"dates\"");
    }

    @Test
    void htmlIsRefusedWhereThereIsNoHtmlForm() throws Exception {
        String v1 = example(".json");
        assertThat(problem(
                                post(
                                        "/api/v1/diffs",
                                        "application/json",
                                        "text/html",
                                        "{\"old\":" + v1 + ",\"new\":" + v1 + "}"),
                                406)
                        .get("field")
                        .asString())
                .isEqualTo("Accept");
        problem(post("/api/v1/checks?dates=2026-06-11,2027-01-01", "application/json", "text/html", v1), 406);
        var fallback = post(
                "/api/v1/checks?dates=2026-06-11,2027-01-01", "application/json", "text/html, text/plain;q=0.5", v1);
        assertThat(fallback.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    }

    @Test
    void diffsAndWhatIfsNameTheOneVersionThatProducedThem() throws Exception {
        String v1 = example(".json");
        JsonNode diff =
                JSON.readTree(post("/api/v1/diffs", "application/json", null, "{\"old\":" + v1 + ",\"new\":" + v1 + "}")
                        .body());
        assertThat(diff.get("provenance").get("rulesVersion").asString()).isNotBlank();
        assertThat(diff.get("resolvedConflicts")).isEmpty();
        JsonNode whatIf = JSON.readTree(post("/api/v1/checks?dates=2026-06-11,2027-01-01", "application/json", null, v1)
                .body());
        assertThat(whatIf.get("provenance"))
                .isEqualTo(whatIf.get("reports").get(0).get("provenance"));
        assertThat(whatIf.get("changes").get(0).get("provenance")).isEqualTo(whatIf.get("provenance"));
        var xml =
                post("/api/v1/diffs", "application/json", "application/xml", "{\"old\":" + v1 + ",\"new\":" + v1 + "}");
        assertThat(xml.body()).contains("<diff ").contains("<provenance rulesVersion=");
    }

    @Test
    void xmlInputThatWouldBeLostIsRefusedLikeJson() throws Exception {
        String misspelt = example(".xml")
                .replace("<parameter name=\"months\">36</parameter>", "<paramter name=\"months\">36</paramter>");
        JsonNode p = problem(post("/api/v1/checks", "application/xml", null, misspelt), 400);
        assertThat(p.get("field").asString()).isEqualTo("measures[0].paramter");
        JsonNode wrongRoot = problem(
                post(
                        "/api/v1/checks",
                        "application/xml",
                        null,
                        example(".xml").replace("urn:lexcheck:proposal:1", "urn:x")),
                400);
        assertThat(wrongRoot.get("detail").asString()).contains("expected the root element");
        JsonNode control = problem(
                post(
                        "/api/v1/checks",
                        "application/json",
                        null,
                        example(".json").replace("\"title\": \"", "\"title\": \"\\u001b[2J")),
                400);
        assertThat(control.get("field").asString()).isEqualTo("title");
    }

    @Test
    void documentsAreServedWithTheirMediaTypesAndTheOpenApiDocumentIsValid() throws Exception {
        var openapi = get("/openapi.yaml");
        assertThat(openapi.headers().firstValue("Content-Type").orElse("")).startsWith("application/yaml");
        assertThat(get("/schema/proposal-1.xsd")
                        .headers()
                        .firstValue("Content-Type")
                        .orElse(""))
                .startsWith("application/xml");
        assertThat(get("/schema/report-1.xsd")
                        .headers()
                        .firstValue("Content-Type")
                        .orElse(""))
                .startsWith("application/xml");
        SwaggerParseResult served = new OpenAPIV3Parser().readContents(openapi.body());
        assertThat(served.getMessages()).isEmpty();
        assertThat(referenceProblems(YAML.readTree(openapi.body()), "")).isEmpty();
        assertThat(served.getOpenAPI().getPaths())
                .containsKeys("/api/v1/checks", "/api/v1/diffs", "/api/v1/admin/reload", "/api/v1/admin/versions");
    }

    @Test
    void thePublishedOpenApiDocumentValidates() throws Exception {
        String document = Files.readString(Path.of("src/main/resources/static/openapi.yaml"));
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getComponents().getSchemas())
                .containsKeys("Proposal", "Report", "Diff", "ReloadResult", "Problem");
        assertThat(referenceProblems(YAML.readTree(document), "")).isEmpty();
    }

    @Test
    void theReferenceCheckCatchesWhatTheParserLetsPass() {
        // The defect the parser did not report: an unquoted comma splits a description into a stray key beside $ref.
        String broken =
                "responses: { \"400\": { description: Invalid proposal, date or language, $ref: \"#/components/responses/Problem\" } }";
        assertThat(new OpenAPIV3Parser()
                        .readContents("openapi: 3.1.0\ninfo: {title: t, version: \"1\"}\npaths: {}\n")
                        .getMessages())
                .isEmpty();
        assertThat(referenceProblems(YAML.readTree(broken), ""))
                .containsExactly(
                        "responses.400: beside $ref only summary and description are allowed, got [description, date or language, $ref]",
                        "responses.400.date or language: no value");
    }

    private static final tools.jackson.dataformat.yaml.YAMLMapper YAML =
            tools.jackson.dataformat.yaml.YAMLMapper.builder().build();

    /**
     * What OpenAPI 3.1 forbids and swagger-parser does not report: keys beside {@code $ref} other than
     * summary and description (it ignores them), and keys without a value (an unquoted comma in a flow mapping).
     */
    private static java.util.List<String> referenceProblems(JsonNode node, String path) {
        java.util.List<String> problems = new java.util.ArrayList<>();
        if (node.isObject()) {
            java.util.List<String> keys = new java.util.ArrayList<>(node.propertyNames());
            if (keys.contains("$ref")
                    && !java.util.Set.of("$ref", "summary", "description").containsAll(keys)) {
                problems.add(path + ": beside $ref only summary and description are allowed, got " + keys);
            }
            for (String k : keys) {
                String p = path.isEmpty() ? k : path + "." + k;
                if (node.get(k).isNull()) problems.add(p + ": no value");
                problems.addAll(referenceProblems(node.get(k), p));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) problems.addAll(referenceProblems(node.get(i), path + "[" + i + "]"));
        }
        return problems;
    }
}
