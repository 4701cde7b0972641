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

/**
 * Teams, sharing, deleting and re-running stored checks, with users the administrator creates
 * through the API: a report is read by its owner and the team it is shared with, by nobody else;
 * a re-run answers the same question again and says what changed in the law since.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "lexcheck.reload.watch=false")
class SharingAndRerunApiTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> send(String method, String path, String who, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", who)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) b.header("Content-Type", "application/json");
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Creates an adviser through the administrator's API; returns the Authorization header. */
    private String adviser(String name, String teams) throws Exception {
        var put = send(
                "PUT",
                "/api/v1/admin/users/" + name,
                TestSupport.ADMIN,
                "{\"role\":\"ADVISER\",\"teams\":" + teams + ",\"password\":\"" + name + "-password\"}");
        assertThat(put.statusCode()).as(put.body()).isIn(200, 201);
        return TestSupport.basic(name, name + "-password");
    }

    private String check(String who) throws Exception {
        var created = send(
                "POST",
                "/api/v1/checks?date=2026-12-01",
                who,
                Files.readString(Path.of("examples/nl-subsidiary-protection-waiting-36-months.json")));
        assertThat(created.statusCode()).isEqualTo(201);
        return created.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void aReportSharedWithATeamIsReadByItsMembersOnlyAndOnlyItsOwnerManagesIt() throws Exception {
        String carla = adviser("carla", "[\"asylum\"]");
        String dirk = adviser("dirk", "[\"asylum\",\"return\"]");
        String erik = adviser("erik", "[]");
        String report = check(carla);
        String body = send("GET", report, carla, null).body();
        assertThat(send("GET", report, dirk, null).statusCode())
                .as("not shared yet")
                .isEqualTo(404);

        var shared = send("PUT", report + "/team", carla, "{\"team\":\"asylum\"}");
        assertThat(shared.statusCode()).isEqualTo(200);
        assertThat(json(shared.body()).get("team").asString()).isEqualTo("asylum");
        var read = send("GET", report, dirk, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(body);
        assertThat(send("GET", report, erik, null).statusCode())
                .as("not in the team")
                .isEqualTo(404);
        var listed =
                json(send("GET", "/api/v1/reports?author=carla", dirk, null).body());
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("location").asString()).isEqualTo(report);
        assertThat(json(send("GET", "/api/v1/reports?author=carla", erik, null).body())
                        .size())
                .isZero();

        var foreignTeam = send("PUT", report + "/team", carla, "{\"team\":\"return\"}");
        assertThat(foreignTeam.statusCode()).isEqualTo(400);
        assertThat(json(foreignTeam.body()).get("field").asString()).isEqualTo("team");
        assertThat(json(foreignTeam.body()).at("/allowed/0").asString()).isEqualTo("asylum");
        assertThat(send("PUT", report + "/team", dirk, "{\"team\":\"asylum\"}").statusCode())
                .as("a member cannot re-share")
                .isEqualTo(404);
        assertThat(send("DELETE", report, dirk, null).statusCode())
                .as("a member cannot delete")
                .isEqualTo(404);

        assertThat(send("DELETE", report + "/team", carla, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", report, dirk, null).statusCode()).isEqualTo(404);
        assertThat(send("DELETE", report, carla, null).statusCode()).isEqualTo(204);
        assertThat(send("GET", report, carla, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aReRunAnswersTheSameQuestionAgainAndSaysWhetherTheLawChanged() throws Exception {
        String fenna = adviser("fenna", "[]");
        String report = check(fenna);
        var rerun = send("POST", report + "/rerun", fenna, null);
        assertThat(rerun.statusCode()).isEqualTo(201);
        String again = rerun.headers().firstValue("Location").orElseThrow();
        assertThat(again).isNotEqualTo(report).matches("/api/v1/reports/[0-9a-f-]{36}");
        var change = json(rerun.body());
        assertThat(change.get("original").asString()).isEqualTo(report.substring(report.lastIndexOf('/') + 1));
        assertThat(change.get("lawChanged").asBoolean())
                .as("same version serving")
                .isFalse();
        assertThat(change.at("/changes/0/old/referenceDate").asString()).isEqualTo("2026-12-01");
        assertThat(change.at("/changes/0/appeared").size()).isZero();
        assertThat(change.at("/changes/0/disappeared").size()).isZero();
        assertThat(send("GET", again, fenna, null).body())
                .as("the same question, the same law, the same answer")
                .isEqualTo(send("GET", report, fenna, null).body());
        var listed = json(send("GET", "/api/v1/reports?size=1", fenna, null).body());
        assertThat(listed.get(0).get("revisionOf").asString())
                .isEqualTo(change.get("original").asString());
        assertThat(listed.get(0).at("/parameters/date").asString()).isEqualTo("2026-12-01");

        var text = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + report + "/rerun"))
                        .header("Authorization", fenna)
                        .header("Accept", "text/plain")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(text.body()).startsWith("The law has not changed since stored check");
        assertThat(send("POST", report + "/rerun", adviser("gerrit", "[]"), null)
                        .statusCode())
                .as("another adviser cannot re-run it")
                .isEqualTo(404);
    }

    @Test
    void onlyTheAdministratorManagesUsersAndNeverSeesAHash() throws Exception {
        String hanna = adviser("hanna", "[\"asylum\"]");
        var users = send("GET", "/api/v1/admin/users", TestSupport.ADMIN, null);
        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(users.body()).contains("\"hanna\"", "\"asylum\"").doesNotContain("$2a$", "$2b$");
        assertThat(send("GET", "/api/v1/admin/users", hanna, null).statusCode()).isEqualTo(403);

        var noPassword = send("PUT", "/api/v1/admin/users/ivo", TestSupport.ADMIN, "{\"role\":\"ADVISER\"}");
        assertThat(noPassword.statusCode()).isEqualTo(400);
        assertThat(json(noPassword.body()).get("field").asString()).isEqualTo("password");
        var badRole = send(
                "PUT",
                "/api/v1/admin/users/ivo",
                TestSupport.ADMIN,
                "{\"role\":\"ROOT\",\"password\":\"long-enough-pw\"}");
        assertThat(json(badRole.body()).get("field").asString()).isEqualTo("role");
        assertThat(badRole.body()).contains("\"ADVISER\"", "\"AUTHOR\"", "\"ADMIN\"");
        var shortPassword = send(
                "PUT", "/api/v1/admin/users/ivo", TestSupport.ADMIN, "{\"role\":\"ADVISER\",\"password\":\"short\"}");
        assertThat(json(shortPassword.body()).get("field").asString()).isEqualTo("password");
        var badName = send("PUT", "/api/v1/admin/users/a%20b", TestSupport.ADMIN, "{\"role\":\"ADVISER\"}");
        assertThat(badName.statusCode()).isEqualTo(400);

        var demoteSelf = send("PUT", "/api/v1/admin/users/admin", TestSupport.ADMIN, "{\"role\":\"ADVISER\"}");
        assertThat(demoteSelf.statusCode()).as("the only administrator").isEqualTo(400);
        assertThat(send("DELETE", "/api/v1/admin/users/admin", TestSupport.ADMIN, null)
                        .statusCode())
                .isEqualTo(400);
        assertThat(send("DELETE", "/api/v1/admin/users/hanna", TestSupport.ADMIN, null)
                        .statusCode())
                .isEqualTo(204);
        assertThat(send("GET", "/api/v1/reports", hanna, null).statusCode())
                .as("deleted")
                .isEqualTo(401);
        assertThat(send("DELETE", "/api/v1/admin/users/nobody", TestSupport.ADMIN, null)
                        .statusCode())
                .isEqualTo(404);
    }
}
