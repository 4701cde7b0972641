package org.lexcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexcheck.LexcheckApplication;
import org.lexcheck.TestSupport;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service stopped and started again on the same data folder: the stored check and the users
 * are still there, the owner reads the check byte for byte, another adviser still gets 404. (The
 * knowledge is built once per test JVM, so the second start costs the Spring context only.)
 */
class RestartApiTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(LexcheckApplication.class)
                .run(
                        "--server.port=0",
                        "--lexcheck.data=" + data,
                        "--lexcheck.reload.watch=false",
                        "--lexcheck.retention-days=0");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aStoredCheckAndItsUsersSurviveARestart(@TempDir Path data) throws Exception {
        String location;
        String body;
        try (ConfigurableApplicationContext first = start(data)) {
            String base = "http://localhost:" + port(first);
            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/users/anna"))
                                    .header("Authorization", TestSupport.ADMIN)
                                    .header("Content-Type", "application/json")
                                    .PUT(HttpRequest.BodyPublishers.ofString(
                                            "{\"role\":\"ADVISER\",\"password\":\"anna-password\"}")))
                            .statusCode())
                    .isEqualTo(201);
            var created = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/checks?date=2026-12-01"))
                    .header("Authorization", TestSupport.basic("anna", "anna-password"))
                    .header("Content-Type", "application/json")
                    .header("Accept", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            Files.readString(Path.of("examples/nl-subsidiary-protection-waiting-36-months.json")))));
            assertThat(created.statusCode()).isEqualTo(201);
            location = created.headers().firstValue("Location").orElseThrow();
            body = created.body();
        }
        try (ConfigurableApplicationContext second = start(data)) {
            String base = "http://localhost:" + port(second);
            var again = send(HttpRequest.newBuilder(URI.create(base + location))
                    .header("Authorization", TestSupport.basic("anna", "anna-password")));
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).isEqualTo(body);
            var admin = send(
                    HttpRequest.newBuilder(URI.create(base + location)).header("Authorization", TestSupport.ADMIN));
            assertThat(admin.statusCode())
                    .as("not even the administrator reads another's check")
                    .isEqualTo(404);
        }
    }
}
