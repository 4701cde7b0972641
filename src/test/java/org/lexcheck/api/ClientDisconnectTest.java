package org.lexcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A check whose client has gone stops: a what-if over three dates of a proposal of 200 joined
 * family-reunification suspensions (the most measures allowed) takes many seconds; its client
 * closes the connection after one, and the checks stop within about a second after that, counted
 * in {@code lexcheck_checks_cancelled_total}. A client that stays gets its answer, and so does one
 * that sends its next request ahead on the same connection (pipelining), before a clean close.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "lexcheck.reload.watch=false")
class ClientDisconnectTest {
    private static final String PATH = "/api/v1/checks?dates=2026-12-01,2027-06-01,2028-01-01";

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry registry;

    private double cancelled() {
        var c = registry.find("lexcheck.checks.cancelled").counter();
        return c == null ? 0 : c.count();
    }

    private static byte[] request(String path, String body, int port) {
        return request(path, body, port, "X-Nothing: 0");
    }

    /** A POST of {@code body} whose last header line is {@code lastHeader}. */
    private static byte[] request(String path, String body, int port, String lastHeader) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return ("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: " + TestSupport.ADMIN
                        + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: "
                        + bytes.length + "\r\n" + lastHeader + "\r\n\r\n" + body)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aCheckWhoseClientHasGoneStops() throws Exception {
        double before = cancelled();
        long closed;
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(request(PATH, TestSupport.joinedSuspensions(200), port));
            socket.getOutputStream().flush();
            Thread.sleep(1_000);
            closed = System.nanoTime();
        }
        long deadline = closed + Duration.ofSeconds(10).toNanos();
        while (cancelled() == before && System.nanoTime() < deadline) Thread.sleep(20);
        long stoppedAfter = (System.nanoTime() - closed) / 1_000_000;
        assertThat(cancelled()).as("checks cancelled").isEqualTo(before + 1);
        assertThat(stoppedAfter).as("ms from the close to the stop").isLessThan(2_500);
    }

    @Test
    void aClientThatStaysIsAnswered() throws Exception {
        double before = cancelled();
        var r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/checks"))
                                .header("Authorization", TestSupport.ADMIN)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(TestSupport.joinedSuspensions(200)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(cancelled()).isEqualTo(before);
    }

    /**
     * A client that sends its next request ahead on the same connection (pipelining, which HTTP/1.1,
     * RFC 2616 section 8.1.2.2, advises against with a POST) gets the first answer complete, and
     * then the connection closes cleanly, without an answer to a request it did not send, so that it
     * sends the next one again.
     */
    @Test
    void aClientThatSendsItsNextRequestAheadGetsItsAnswerAndAClose() throws Exception {
        double before = cancelled();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            byte[] second = ("GET /actuator/health HTTP/1.1\r\nHost: localhost:" + port
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            // The first request's headers end with what would parse as a request of its own if the
            // server looked for the second request in the wrong place (its last bytes): it must not.
            String decoy = "GET /decoy-never-sent?" + "x".repeat(second.length - 35) + " HTTP/1.0";
            assertThat(decoy.length() + 4).isEqualTo(second.length);
            byte[] first = request(PATH, TestSupport.joinedSuspensions(200), port, "X-Decoy: " + decoy);
            byte[] both = new byte[first.length + second.length];
            System.arraycopy(first, 0, both, 0, first.length);
            System.arraycopy(second, 0, both, first.length, second.length);
            out.write(both);
            out.flush();
            String answers = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answers).startsWith("HTTP/1.1 201");
            String headers = answers.substring(0, answers.indexOf("\r\n\r\n"));
            int length = Integer.parseInt(headers.replaceAll("(?s).*\r\nContent-Length: (\\d+).*", "$1"));
            int end = headers.length() + 4 + length;
            assertThat(answers.length()).as("the whole first answer").isGreaterThanOrEqualTo(end);
            // Then either nothing (the connection was read while the checks ran, and closed after the
            // answer) or the answer to the request sent ahead (a check too short to be asked about):
            // never one to the decoy.
            String rest = answers.substring(end);
            assertThat(rest)
                    .satisfiesAnyOf(
                            r -> assertThat(r).isEmpty(),
                            r -> assertThat(r)
                                    .startsWith("HTTP/1.1 200")
                                    .contains("\"status\"")
                                    .doesNotContain("HTTP/1.1 4"));
        }
        assertThat(cancelled()).isEqualTo(before);
    }
}
