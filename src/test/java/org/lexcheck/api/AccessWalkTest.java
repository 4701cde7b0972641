package org.lexcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.lexcheck.security.Role;
import org.lexcheck.security.UserStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of the generated OpenAPI document, called without credentials and as each
 * role: the answer is what the security model allows (contract section 5, "Sign-in and roles").
 * A caller allowed in gets anything but 401 and 403 (a 400 for the empty body this test sends,
 * a 404 for an id that does not exist); a caller not allowed gets 401 without credentials and
 * 403 with a role below the one required. A new endpoint without a rule here fails the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "lexcheck.reload.watch=false")
class AccessWalkTest {
    /** The least role each operation requires ("METHOD path" as the document names it); null: public. */
    private static final Map<String, Role> REQUIRED = Map.ofEntries(
            Map.entry("POST /api/v1/checks", Role.ADVISER),
            Map.entry("POST /api/v1/diffs", Role.ADVISER),
            Map.entry("GET /api/v1/obligations", Role.ADVISER),
            Map.entry("GET /api/v1/reports", Role.ADVISER),
            Map.entry("GET /api/v1/reports/{id}", Role.ADVISER),
            Map.entry("DELETE /api/v1/reports/{id}", Role.ADVISER),
            Map.entry("PUT /api/v1/reports/{id}/team", Role.ADVISER),
            Map.entry("DELETE /api/v1/reports/{id}/team", Role.ADVISER),
            Map.entry("POST /api/v1/reports/{id}/rerun", Role.ADVISER),
            Map.entry("POST /api/v1/admin/reload", Role.AUTHOR),
            Map.entry("GET /api/v1/admin/versions", Role.AUTHOR),
            Map.entry("GET /api/v1/admin/users", Role.ADMIN),
            Map.entry("PUT /api/v1/admin/users/{name}", Role.ADMIN),
            Map.entry("DELETE /api/v1/admin/users/{name}", Role.ADMIN));

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    @Autowired
    PasswordEncoder encoder;

    private HttpResponse<String> call(String method, String path, String who) throws Exception {
        String concrete =
                path.replace("{id}", "00000000-0000-0000-0000-000000000000").replace("{name}", "nobody-here");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + concrete))
                .method(
                        method,
                        method.equals("GET") || method.equals("DELETE")
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json");
        if (who != null) b.header("Authorization", who);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyDocumentedOperationAnswersEachCallerAsTheModelAllows() throws Exception {
        Map<Role, String> callers = Map.of(
                Role.ADVISER, TestSupport.user(users, encoder, "walk-adviser", Role.ADVISER),
                Role.AUTHOR, TestSupport.user(users, encoder, "walk-author", Role.AUTHOR),
                Role.ADMIN, TestSupport.ADMIN);
        JsonNode paths = TestSupport.json(http.send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body())
                .get("paths");
        List<String> walked = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (String path : paths.propertyNames()) {
            for (String m : paths.get(path).propertyNames()) {
                String method = m.toUpperCase(java.util.Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) continue;
                String op = method + " " + path;
                walked.add(op);
                if (!REQUIRED.containsKey(op)) {
                    wrong.add(op + ": no rule in this test (add the role it requires)");
                    continue;
                }
                Role required = REQUIRED.get(op);
                int anonymous = call(method, path, null).statusCode();
                if (anonymous != 401) wrong.add(op + " without credentials: " + anonymous + ", expected 401");
                for (Role role : Role.values()) {
                    int status = call(method, path, callers.get(role)).statusCode();
                    boolean allowed = role.ordinal() >= required.ordinal();
                    if (allowed && (status == 401 || status == 403 || status >= 500))
                        wrong.add(op + " as " + role + ": " + status + ", expected to be let in");
                    if (!allowed && status != 403) wrong.add(op + " as " + role + ": " + status + ", expected 403");
                }
            }
        }
        assertThat(walked).as("operations in the generated document").hasSizeGreaterThanOrEqualTo(REQUIRED.size());
        assertThat(wrong).isEmpty();
    }
}
