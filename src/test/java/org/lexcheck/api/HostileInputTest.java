package org.lexcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.lexcheck.TestSupport;
import org.lexcheck.cli.CliRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hostile-input corpus (src/test/resources/hostile, MANIFEST.tsv) against the running service
 * and the command line: every file is refused with the 4xx problem the manifest names (exit 2 on
 * the command line), never a 5xx or a stack trace (two XML files naming a stylesheet or a schema
 * location are answered, those references being ignored), and no file is read and no network request made
 * on its behalf: a socket the test watches stands in every URL the files name ({@code ${CANARY}}),
 * and no answer may carry the content of /etc/passwd or /etc/hostname.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "lexcheck.reload.watch=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {
    private static final Path CORPUS = Path.of("src/test/resources/hostile");
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger canaryCalls = new AtomicInteger();
    private ServerSocket canary;
    private String canaryUrl;
    private List<String> secrets;

    @LocalServerPort
    int port;

    record Entry(String file, String contentType, int status, String names) {}

    @BeforeAll
    void watchTheNetwork() throws IOException {
        canary = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        canaryUrl = "http://127.0.0.1:" + canary.getLocalPort();
        Thread t = new Thread(() -> {
            while (!canary.isClosed()) {
                try (Socket s = canary.accept()) {
                    canaryCalls.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        secrets = new ArrayList<>();
        for (String f : List.of("/etc/passwd", "/etc/hostname")) {
            Path p = Path.of(f);
            if (Files.isReadable(p)) {
                for (String line : Files.readAllLines(p)) if (line.length() >= 6) secrets.add(line.strip());
            }
        }
    }

    @AfterAll
    void noRequestLeftTheService() throws IOException {
        canary.close();
        assertThat(canaryCalls.get())
                .as("network requests made for hostile input")
                .isZero();
    }

    static List<Entry> manifest() throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t", -1);
            entries.add(new Entry(f[0], f[1], Integer.parseInt(f[2]), f[3]));
        }
        return entries;
    }

    private byte[] content(Entry e) throws IOException {
        byte[] raw = Files.readAllBytes(CORPUS.resolve(e.file()));
        // Only the placeholder is replaced, byte for byte, so invalid encodings stay invalid.
        String latin = new String(raw, StandardCharsets.ISO_8859_1).replace("${CANARY}", canaryUrl);
        return latin.getBytes(StandardCharsets.ISO_8859_1);
    }

    private void assertNoLeak(String answer) {
        assertThat(answer).doesNotContain("Exception", "\tat ", "at org.", "at java.");
        for (String secret : secrets) assertThat(answer).doesNotContain(secret);
    }

    @Test
    void theCorpusHoldsAtLeastEightyFiles() throws IOException {
        assertThat(manifest()).hasSizeGreaterThanOrEqualTo(80);
    }

    @TestFactory
    Stream<DynamicTest> theServiceRefusesEachWithTheProblemNamed() throws IOException {
        return manifest().stream()
                .map(e -> DynamicTest.dynamicTest(e.file(), () -> {
                    HttpRequest.Builder b = HttpRequest.newBuilder(
                                    URI.create("http://localhost:" + port + "/api/v1/checks"))
                            .header("Authorization", TestSupport.ADMIN)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(content(e)));
                    if (!e.contentType().equals("-")) b.header("Content-Type", e.contentType());
                    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(r.statusCode()).as(e.file() + ": " + r.body()).isEqualTo(e.status());
                    if (e.status() >= 400)
                        assertThat(r.headers().firstValue("Content-Type").orElse(""))
                                .startsWith("application/problem+json");
                    assertThat(r.body()).contains(e.names());
                    assertNoLeak(r.body());
                }));
    }

    @TestFactory
    Stream<DynamicTest> theCommandLineRefusesEachWithExit2() throws IOException {
        Path dir = Files.createTempDirectory("hostile");
        return manifest().stream()
                // The command line reads files by their extension and has no request limits (contract section 2).
                .filter(e -> e.status() == 400
                        && !e.file().contains("content-type")
                        && !e.file().contains("too-many"))
                .map(e -> DynamicTest.dynamicTest(e.file(), () -> {
                    Path file = dir.resolve(e.file());
                    Files.write(file, content(e));
                    CliRunner.Run run = CliRunner.run("", "check", file.toString());
                    assertThat(run.exit()).as(e.file() + ": " + run.err()).isEqualTo(2);
                    assertThat(run.out()).isEmpty();
                    assertNoLeak(run.err());
                }));
    }

    @Test
    void aBodyOverTheLimitIs413NotTruncated() throws Exception {
        byte[] big = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/checks"))
                        .header("Authorization", TestSupport.ADMIN)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(big))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertNoLeak(r.body());
    }
}
