package org.lexcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.lexcheck.security.Role;
import org.lexcheck.security.UserStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Many checks at once answer what the same checks answer one after the other, also while hot
 * reloads switch the rules back and forth: {@value #REQUESTS} requests from {@value #CLIENTS}
 * clients over the proposals of {@code examples/}, each answer compared byte for byte with the
 * sequential answer of the version its provenance names; no request fails, and no answer mixes
 * versions (its rules version is one of the two, and its findings are that version's).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lexcheck.reload.watch=false", "lexcheck.limits.concurrent-checks=48"})
class ConcurrentChecksTest {
    static final int REQUESTS = 300;
    static final int CLIENTS = 32;

    /** The rules this service reads: a copy of rules/, edited by the reload test. */
    private static Path rules;

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    @Autowired
    PasswordEncoder encoder;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void onACopyOfTheRules(DynamicPropertyRegistry properties) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "test-data"));
        rules = Files.createTempDirectory(dir, "concurrent-rules-");
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".drl")).toList())
                Files.copy(f, rules.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        properties.add(
                "lexcheck.ontology", () -> Path.of("ontology").toAbsolutePath().toString());
        properties.add("lexcheck.rules", () -> rules.toAbsolutePath().toString());
    }

    /** The proposals of examples/, by file name. */
    private static Map<String, byte[]> proposals() throws IOException {
        Map<String, byte[]> out = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".json")).toList())
                out.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
        assertThat(out).hasSizeGreaterThan(10);
        return out;
    }

    private HttpResponse<String> check(String who, byte[] proposal) {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/checks?date=2027-01-01"))
                            .header("Authorization", who)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(proposal))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode reload() throws Exception {
        var r = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/reload"))
                        .header("Authorization", TestSupport.ADMIN)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return TestSupport.json(r.body());
    }

    /** Each proposal checked once, one after the other: the answer every concurrent one must equal. */
    private Map<String, String> sequential(String who, Map<String, byte[]> proposals) {
        Map<String, String> answers = new HashMap<>();
        proposals.forEach((name, proposal) -> {
            var r = check(who, proposal);
            assertThat(r.statusCode()).as(name + ": " + r.body()).isEqualTo(201);
            answers.put(name, r.body());
        });
        return answers;
    }

    private static String rulesVersion(String report) {
        return TestSupport.json(report).at("/provenance/rulesVersion").asString();
    }

    private static String ontologyVersion(String report) {
        return TestSupport.json(report).at("/provenance/ontologyVersion").asString();
    }

    /** {@value #REQUESTS} checks over {@value #CLIENTS} clients, each proposal in turn; the answers by request. */
    private List<Map.Entry<String, HttpResponse<String>>> concurrently(
            String who, Map<String, byte[]> proposals, Runnable meanwhile) throws Exception {
        List<String> names = new ArrayList<>(proposals.keySet());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Map.Entry<String, HttpResponse<String>>>> answers = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                String name = names.get(i % names.size());
                answers.add(clients.submit(() -> Map.entry(name, check(who, proposals.get(name)))));
            }
            meanwhile.run();
            List<Map.Entry<String, HttpResponse<String>>> out = new ArrayList<>();
            for (var a : answers) out.add(a.get());
            return out;
        } finally {
            clients.shutdownNow();
        }
    }

    private static void say(String what, long since) {
        System.out.printf(
                "ConcurrentChecksTest: %s after %d ms%n",
                what, java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since));
    }

    @Test
    void concurrentChecksAnswerAsSequentialOnesAlsoWhileReloadsSwitchTheRules() throws Exception {
        long started = System.nanoTime();
        String anna = TestSupport.user(users, encoder, "anna", Role.ADVISER);
        Map<String, byte[]> proposals = proposals();

        // 1. Under load, on one version: every answer as the sequential one.
        Map<String, String> first = sequential(anna, proposals);
        String v1 = rulesVersion(first.values().iterator().next());
        String ontology = ontologyVersion(first.values().iterator().next());
        for (var answer : concurrently(anna, proposals, () -> {})) {
            assertThat(answer.getValue().statusCode()).as(answer.getKey()).isEqualTo(201);
            assertThat(answer.getValue().body()).as(answer.getKey()).isEqualTo(first.get(answer.getKey()));
        }

        say("one version, sequential and under load", started);

        // 2. A second version of the rules: one rule renamed, which every finding it makes names.
        Path file = rules.resolve("generic.drl");
        String one = Files.readString(file);
        String two = one.replace("rule \"Ceiling exceeded\"", "rule \"Ceiling exceeded (edited)\"");
        assertThat(two).isNotEqualTo(one);
        Files.writeString(file, two);
        JsonNode reloaded = reload();
        assertThat(reloaded.at("/status").asString()).isEqualTo("RELOADED");
        String v2 = reloaded.at("/rulesVersion").asString();
        assertThat(v2).isNotEqualTo(v1);
        Map<String, String> second = sequential(anna, proposals);
        assertThat(second.values()).allSatisfy(r -> assertThat(rulesVersion(r)).isEqualTo(v2));
        assertThat(second).as("the edit changes some answers").isNotEqualTo(first);
        Map<String, Map<String, String>> byVersion = Map.of(v1, first, v2, second);

        say("the second version built and checked one by one", started);

        // 3. The same load while another client switches between the two versions and reloads.
        AtomicBoolean loading = new AtomicBoolean(true);
        Set<String> reloads = ConcurrentHashMap.newKeySet();
        List<Map.Entry<String, HttpResponse<String>>> answers;
        int switched;
        ExecutorService author = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> switching = author.submit(() -> {
                int n = 0;
                while (loading.get()) {
                    Files.writeString(file, n % 2 == 0 ? one : two);
                    JsonNode r = reload();
                    assertThat(r.at("/status").asString()).isEqualTo("RELOADED");
                    reloads.add(r.at("/rulesVersion").asString());
                    n++;
                    Thread.sleep(20);
                }
                return n;
            });
            answers = concurrently(anna, proposals, () -> {});
            loading.set(false);
            switched = switching.get();
            assertThat(switched).as("reloads during the load").isGreaterThanOrEqualTo(2);
        } finally {
            loading.set(false);
            author.shutdownNow();
        }
        say("under load with " + switched + " reloads switching between the two versions", started);
        assertThat(reloads).containsExactlyInAnyOrder(v1, v2);
        Set<String> seen = new HashSet<>();
        for (var answer : answers) {
            String name = answer.getKey();
            String body = answer.getValue().body();
            assertThat(answer.getValue().statusCode()).as(name + ": " + body).isEqualTo(201);
            String version = rulesVersion(body);
            assertThat(version).as(name).isIn(v1, v2);
            assertThat(ontologyVersion(body)).as(name).isEqualTo(ontology);
            assertThat(body)
                    .as(name + " on rules " + version + " answers as that version does alone")
                    .isEqualTo(byVersion.get(version).get(name));
            seen.add(version);
        }
        assertThat(seen).as("answers of both versions under the reloads").containsExactlyInAnyOrder(v1, v2);
    }
}
