package org.lexcheck.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Forwarded headers are believed only from the proxies configured by address
 * ({@code server.tomcat.remoteip.internal-proxies}, CIDR blocks; loopback only by default, never
 * "any private address"). The service here trusts only this machine's own network address, as
 * if the proxy were there: a request from that address with {@code X-Forwarded-For/-Proto/-Host}
 * is believed; the same headers from an address not in the list (here even loopback) are not, and
 * the service sees the real address, scheme and host. What the service sees is echoed by a
 * test-only filter in front of everything.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lexcheck.reload.watch=false", "server.forward-headers-strategy=native"})
class TrustedProxiesTest {
    /** This machine's address on a network (not loopback), standing in for the proxy's; null without one. */
    private static final String PROXY = networkAddress().orElse(null);

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void theProxyIsThisMachinesNetworkAddress(DynamicPropertyRegistry registry) {
        registry.add("server.tomcat.remoteip.internal-proxies", () -> PROXY == null ? "" : PROXY + "/32");
    }

    @TestConfiguration
    static class Echo {
        /** {@code GET /test/forwarded}: the client address, scheme and host the service believes. */
        @Bean
        FilterRegistrationBean<Filter> echoWhatTheServiceSees() {
            Filter echo = (request, response, chain) -> {
                response.setContentType("text/plain");
                response.getWriter()
                        .write(request.getRemoteAddr() + " " + request.getScheme() + " " + request.getServerName() + " "
                                + request.isSecure());
            };
            var registration = new FilterRegistrationBean<>(echo);
            registration.addUrlPatterns("/test/forwarded");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    private String seen(String host) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/test/forwarded"))
                .header("X-Forwarded-For", "203.0.113.7")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "evil.example")
                .GET()
                .build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    @Test
    void theConfiguredProxyIsBelieved() throws Exception {
        Assumptions.assumeTrue(PROXY != null, "this machine has no network address but loopback");
        assertThat(seen(PROXY)).isEqualTo("203.0.113.7 https evil.example true");
    }

    @Test
    void anAddressNotConfiguredIsNotBelievedEvenLoopback() throws Exception {
        assertThat(seen("127.0.0.1")).isEqualTo("127.0.0.1 http 127.0.0.1 false");
    }

    /** Behind a trusted proxy that speaks HTTPS the page's session cookie is Secure; over plain HTTP it cannot be. */
    @Test
    void theSessionCookieIsSecureBehindTheProxysHttps() throws Exception {
        Assumptions.assumeTrue(PROXY != null, "this machine has no network address but loopback");
        assertThat(sessionCookie(PROXY, "https")).containsIgnoringCase("; Secure");
        assertThat(sessionCookie("127.0.0.1", "https")).doesNotContainIgnoringCase("Secure");
    }

    private String sessionCookie(String host, String proto) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/login"))
                .header("Accept", "text/html")
                .header("X-Forwarded-Proto", proto)
                .GET()
                .build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
    }

    /**
     * The service's own default: loopback only (a proxy on the same host), not Tomcat's "every
     * private range", in which any host of the compose network or the office LAN could claim to
     * be anyone.
     */
    @Test
    void byDefaultOnlyLoopbackIsTrusted() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            defaults.load(in);
        }
        assertThat(defaults.getProperty("server.tomcat.remoteip.internal-proxies"))
                .isEqualTo("127.0.0.0/8, ::1/128");
        assertThat(defaults.getProperty("server.forward-headers-strategy")).isNull();
    }

    /** The compose file trusts exactly the proxy's fixed address, not the compose network. */
    @Test
    void composeTrustsOnlyTheProxysAddress() throws IOException {
        JsonNode compose = YAMLMapper.builder().build().readTree(Files.readString(Path.of("deploy/compose.yaml")));
        String proxy =
                compose.at("/services/proxy/networks/internal/ipv4_address").asString();
        assertThat(proxy).isNotBlank();
        JsonNode env = compose.at("/services/lexcheck/environment");
        assertThat(env.get("SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES").asString())
                .isEqualTo(proxy + "/32");
        assertThat(env.get("SERVER_FORWARD_HEADERS_STRATEGY").asString()).isEqualTo("native");
        assertThat(compose.at("/services/lexcheck/networks").toString()).contains("internal");
    }

    private static Optional<String> networkAddress() {
        try {
            for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!n.isUp() || n.isLoopback()) continue;
                for (InetAddress a : Collections.list(n.getInetAddresses()))
                    if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                        return Optional.of(a.getHostAddress());
            }
        } catch (SocketException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
