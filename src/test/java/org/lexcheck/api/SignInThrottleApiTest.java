package org.lexcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.lexcheck.security.Role;
import org.lexcheck.security.UserStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Ten wrong passwords for one user name: that name is refused for a while (429), even with the right one; others are not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "lexcheck.reload.watch=false")
class SignInThrottleApiTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    @Autowired
    PasswordEncoder encoder;

    private HttpResponse<String> list(String who) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
                        .header("Authorization", who)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void tenWrongPasswordsBlockThatNameForAWhileAndNoOther() throws Exception {
        String right = TestSupport.user(users, encoder, "mallory-target", Role.ADVISER);
        String other = TestSupport.user(users, encoder, "innocent", Role.ADVISER);
        for (int i = 0; i < 10; i++)
            assertThat(list(TestSupport.basic("mallory-target", "guess-" + i)).statusCode())
                    .isEqualTo(401);
        var blocked = list(right);
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers()
                        .firstValue("Retry-After")
                        .map(Long::parseLong)
                        .orElse(0L))
                .isBetween(1L, 60L);
        assertThat(TestSupport.json(blocked.body()).get("type").asString())
                .isEqualTo("urn:lexcheck:problem:too-many-sign-ins");
        assertThat(list(other).statusCode()).as("another user").isEqualTo(200);
    }
}
