package org.lexcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The OpenAPI 3.1 document generated from the code validates and documents every endpoint with its problems. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "lexcheck.reload.watch=false")
class GeneratedOpenApiTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theGeneratedDocumentValidatesAndDocumentsEveryEndpointWithItsProblems() throws Exception {
        var docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        var result = new OpenAPIV3Parser().readContents(docs.body());
        assertThat(result.getMessages()).isEmpty();
        var api = result.getOpenAPI();
        assertThat(api.getOpenapi()).startsWith("3.1");
        assertThat(api.getInfo().getTitle()).isEqualTo("lexcheck");
        assertThat(api.getPaths())
                .containsKeys(
                        "/api/v1/checks",
                        "/api/v1/diffs",
                        "/api/v1/obligations",
                        "/api/v1/admin/reload",
                        "/api/v1/admin/versions");
        api.getPaths()
                .forEach((path, item) -> item.readOperations().forEach(op -> {
                    assertThat(op.getSummary()).as("summary of %s", path).isNotBlank();
                    assertThat(op.getResponses().get("400").getContent())
                            .as("problem response of %s", path)
                            .containsKey("application/problem+json");
                    for (String signIn : List.of("401", "403"))
                        assertThat(op.getResponses().get(signIn).getContent())
                                .as("%s response of %s", signIn, path)
                                .containsKey("application/problem+json");
                    if (op.getParameters() != null)
                        op.getParameters()
                                .forEach(p -> assertThat(p.getDescription())
                                        .as("meaning of %s on %s", p.getName(), path)
                                        .isNotBlank());
                }));
        assertThat(api.getComponents().getSchemas()).containsKey("Problem");
        assertThat(api.getComponents().getSecuritySchemes()).containsKeys("basicAuth", "bearerAuth");
        assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }
}
