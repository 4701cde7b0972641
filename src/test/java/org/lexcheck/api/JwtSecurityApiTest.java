package org.lexcheck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexcheck.TestSupport.json;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Production sign-in: JWT bearer tokens signed with a key made here, checked against its public
 * key (lexcheck.security.jwt.public-key) and the issuer, roles from a configured claim.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "lexcheck.reload.watch=false")
class JwtSecurityApiTest {
    private static final String ISSUER = "https://login.example.org/lexcheck";
    private static final KeyPair KEY = rsa();
    private static final KeyPair OTHER_KEY = rsa();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void jwt(DynamicPropertyRegistry registry) throws Exception {
        Path pem = Files.createTempFile("lexcheck-jwt", ".pem");
        pem.toFile().deleteOnExit();
        Files.writeString(
                pem,
                "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder().encodeToString(KEY.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
        registry.add("lexcheck.security.jwt.public-key", pem::toString);
        registry.add("lexcheck.security.jwt.issuer-uri", () -> ISSUER);
        registry.add("lexcheck.security.jwt.role-claim", () -> "lexcheck_roles");
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(KeyPair key, String issuer, Object roles, Instant expires) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("adviser@example.org")
                .issuer(issuer)
                .claim("lexcheck_roles", roles)
                .issueTime(Date.from(Instant.now().minusSeconds(60)))
                .expirationTime(Date.from(expires))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(key.getPrivate()));
        return "Bearer " + jwt.serialize();
    }

    private static String token(Object roles) throws Exception {
        return token(KEY, ISSUER, roles, Instant.now().plusSeconds(600));
    }

    private HttpResponse<String> send(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization);
        if (method.equals("POST")) {
            String body = path.startsWith("/api/v1/checks")
                    ? Files.readString(Path.of("examples/nl-subsidiary-protection-waiting-36-months.json"))
                    : "";
            b.POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theRoleClaimDecidesWhatATokenMayDo() throws Exception {
        String adviser = token(List.of("adviser"));
        assertThat(send("POST", "/api/v1/checks", adviser).statusCode()).isEqualTo(201);
        var reload = send("POST", "/api/v1/admin/reload", adviser);
        assertThat(reload.statusCode()).isEqualTo(403);
        assertThat(json(reload.body()).get("type").asString()).isEqualTo("urn:lexcheck:problem:forbidden");
        assertThat(send("POST", "/api/v1/admin/reload", token("ROLE_AUTHOR")).statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/actuator/prometheus", token(List.of("ADMIN"))).statusCode())
                .isEqualTo(200);
        assertThat(send("POST", "/api/v1/checks", token(List.of("superuser"))).statusCode())
                .isEqualTo(403);
    }

    @Test
    void anExpiredForeignOrOtherIssuersTokenIsA401Problem() throws Exception {
        for (String bad : new String[] {
            token(KEY, ISSUER, "ADVISER", Instant.now().minusSeconds(3600)),
            token(OTHER_KEY, ISSUER, "ADVISER", Instant.now().plusSeconds(600)),
            token(KEY, "https://elsewhere.example.org", "ADVISER", Instant.now().plusSeconds(600)),
            "Bearer not-a-token"
        }) {
            var r = send("POST", "/api/v1/checks", bad);
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(json(r.body()).get("type").asString()).isEqualTo("urn:lexcheck:problem:unauthorized");
            assertThat(r.body())
                    .doesNotContain("Exception")
                    .doesNotContain("Jwt")
                    .doesNotContain("expired");
        }
    }

    @Test
    void basicSignInStillWorksBesideTokens() throws Exception {
        assertThat(send("POST", "/api/v1/checks", TestSupport.ADMIN).statusCode())
                .isEqualTo(201);
    }
}
