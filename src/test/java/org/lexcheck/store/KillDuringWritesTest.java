package org.lexcheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexcheck.ServiceProcess;
import org.lexcheck.TestSupport;
import tools.jackson.databind.JsonNode;

/**
 * The service as a real process, killed with SIGKILL while it stores checks, again and again on the
 * same data folder: every check it acknowledged ({@code 201} with {@code Location}, received in
 * full by the client) is there after the restart, byte for byte, and the store still lists and
 * takes new checks. Each round starts the service on the folder the previous round killed it on,
 * fires checks from {@value #CLIENTS} clients at once (proposals of {@code examples/}), and kills it
 * after a random number of acknowledgements, with requests in flight. Rounds: {@value #ROUNDS} in
 * CI; {@code -Dlexcheck.test.kill-rounds=N} for a longer soak; {@code -Dlexcheck.test.kill-seed=S}
 * repeats a run (the seed is printed).
 */
class KillDuringWritesTest {
    static final int ROUNDS = 3;
    static final int CLIENTS = 12;
    private static final String ADMIN_PASSWORD = "kill-test-admin-password";
    private static final String ANNA = TestSupport.basic("anna", "anna-password");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An acknowledged check: where it is stored and the body the client received. */
    record Acknowledged(String location, String body) {}

    @Test
    void noAcknowledgedCheckIsLostWhenTheServiceIsKilledWhileWriting(@TempDir Path dir) throws Exception {
        int rounds = Integer.getInteger("lexcheck.test.kill-rounds", ROUNDS);
        long seed = Long.getLong("lexcheck.test.kill-seed", System.nanoTime());
        System.out.println("KillDuringWritesTest: " + rounds + " rounds, seed " + seed);
        Random random = new Random(seed);
        List<byte[]> proposals = proposals();
        Path data = dir.resolve("data");
        Path log = dir.resolve("service.log");
        List<Acknowledged> acknowledged = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            long started = System.nanoTime();
            try (ServiceProcess service = start(dir, data, log)) {
                System.out.printf(
                        "KillDuringWritesTest: round %d, started in %d ms%n",
                        round, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                String base = service.base();
                if (round == 0) {
                    assertThat(send(HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/users/anna"))
                                            .header("Authorization", TestSupport.basic("admin", ADMIN_PASSWORD))
                                            .header("Content-Type", "application/json")
                                            .PUT(HttpRequest.BodyPublishers.ofString(
                                                    "{\"role\":\"ADVISER\",\"password\":\"anna-password\"}")))
                                    .statusCode())
                            .isEqualTo(201);
                }
                String context = "round " + round + " (seed " + seed + ")";
                everyAcknowledgedCheckIsThere(base, acknowledged, context);
                if (round == rounds) {
                    // The last start only reads, then takes one more check and reads it back.
                    var created = check(base, proposals.get(0));
                    assertThat(created.statusCode())
                            .as(context + ": " + created.body())
                            .isEqualTo(201);
                    everyAcknowledgedCheckIsThere(
                            base,
                            List.of(new Acknowledged(location(created), created.body())),
                            context + ", a new check");
                    service.kill();
                    break;
                }
                int killAfter = 5 + random.nextInt(25);
                List<Acknowledged> now = writeUntilKilled(service, proposals, killAfter, random);
                assertThat(now).as(context + ": acknowledged before the kill").hasSizeGreaterThanOrEqualTo(killAfter);
                acknowledged.addAll(now);
            }
        }
        long mended = Files.readAllLines(log).stream()
                .filter(l -> l.contains("journal ended in an entry cut off by a crash"))
                .count();
        System.out.println("KillDuringWritesTest: " + acknowledged.size() + " acknowledged checks kept over " + rounds
                + " SIGKILLs; " + mended + " restart(s) found the journal cut off and mended it");
    }

    private static ServiceProcess start(Path dir, Path data, Path log) throws Exception {
        return ServiceProcess.start(
                Path.of("").toAbsolutePath(),
                log,
                List.of(
                        "--lexcheck.data=" + data,
                        "--lexcheck.admin-password=" + ADMIN_PASSWORD,
                        "--lexcheck.reload.watch=false",
                        "--lexcheck.retention-days=0",
                        // every client's check is let in (the default is twice the cores)
                        "--lexcheck.limits.concurrent-checks=" + (CLIENTS + 4),
                        "--lexcheck.cache=" + dir.resolve("cache"),
                        "--logging.level.root=WARN"),
                Duration.ofSeconds(90));
    }

    /**
     * {@value #CLIENTS} clients check proposals as fast as answers come; after {@code killAfter}
     * acknowledgements and a random few milliseconds more, SIGKILL. Only answers received in full
     * with 201 count; a request cut off by the kill is not acknowledged.
     */
    private List<Acknowledged> writeUntilKilled(
            ServiceProcess service, List<byte[]> proposals, int killAfter, Random random) throws Exception {
        List<Acknowledged> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<Integer, String> unexpected = new ConcurrentHashMap<>();
        AtomicInteger count = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.execute(() -> {
                    for (int i = client; !killed.get(); i += CLIENTS) {
                        HttpResponse<String> r;
                        try {
                            r = check(service.base(), proposals.get(i % proposals.size()));
                        } catch (IOException | InterruptedException e) {
                            if (!killed.get()) unexpected.put(client, "no answer before the kill: " + e);
                            return;
                        }
                        if (r.statusCode() == 201) {
                            acknowledged.add(new Acknowledged(location(r), r.body()));
                            count.incrementAndGet();
                        } else {
                            unexpected.put(client, r.statusCode() + " " + r.body());
                            return;
                        }
                    }
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (count.get() < killAfter && unexpected.isEmpty() && System.nanoTime() < deadline) Thread.sleep(2);
            Thread.sleep(random.nextInt(50));
            killed.set(true);
            service.kill();
        } finally {
            killed.set(true);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(unexpected).as("answers other than 201 before the kill").isEmpty();
        synchronized (acknowledged) {
            return new ArrayList<>(acknowledged);
        }
    }

    private void everyAcknowledgedCheckIsThere(String base, List<Acknowledged> acknowledged, String context)
            throws Exception {
        for (Acknowledged a : acknowledged) {
            var read =
                    send(HttpRequest.newBuilder(URI.create(base + a.location())).header("Authorization", ANNA));
            assertThat(read.statusCode()).as(context + ": " + a.location()).isEqualTo(200);
            assertThat(read.body()).as(context + ": " + a.location()).isEqualTo(a.body());
        }
        Set<String> listed = new HashSet<>();
        for (int page = 0; ; page++) {
            var list = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/reports?size=100&page=" + page))
                    .header("Authorization", ANNA));
            assertThat(list.statusCode()).as(context + ": the list").isEqualTo(200);
            JsonNode items = TestSupport.json(list.body());
            items.forEach(item -> listed.add(item.get("location").asString()));
            if (items.size() < 100) break;
        }
        assertThat(listed)
                .as(context + ": the list holds every acknowledged check")
                .containsAll(acknowledged.stream().map(Acknowledged::location).toList());
    }

    private HttpResponse<String> check(String base, byte[] proposal) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/checks?date=2027-01-01"))
                .header("Authorization", ANNA)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(proposal)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElseThrow();
    }

    private static List<byte[]> proposals() throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path p :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) out.add(Files.readAllBytes(p));
        }
        assertThat(out).hasSizeGreaterThan(10);
        return out;
    }
}
