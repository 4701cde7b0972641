package org.lexcheck.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexcheck.FusekiTestServer;
import org.lexcheck.knowledge.Language;
import org.lexcheck.knowledge.SourceFiles;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.report.Report;
import org.lexcheck.report.ReportFormat;
import org.lexcheck.report.ReportWriter;
import org.lexcheck.store.ReportQuery;
import org.lexcheck.store.ReportStore;
import org.lexcheck.store.SparqlReportStore;
import org.lexcheck.store.StoredReport;

/**
 * Two replicas of the service (each its own checker, report store and knowledge poller, as
 * {@link LexcheckConfiguration} wires them for {@code lexcheck.knowledge.sparql} and
 * {@code lexcheck.store=sparql}) sharing one real Fuseki: each sees the reports the other stored,
 * and both switch to a newly published version of the law while they answer requests, with no
 * request answered partly by the old and partly by the new version.
 */
class ReplicasOnFusekiTest {
    /** The explanation of FRD Art 12(2) that the proposal below draws; version 2 of the law marks it. */
    private static final String TEXT = "A pause on family reunification makes refugees wait";

    private static final String MARK = "[version 2] ";

    private record Replica(Checker checker, ReportStore store, KnowledgePoller poller) implements AutoCloseable {
        @Override
        public void close() {
            poller.close();
            store.close();
        }
    }

    /** One request: the proposal checked for two states on one pinned version. */
    private record Answer(String replica, List<String> versions, boolean marked) {}

    @Test
    void replicasShareStoredReportsAndSwitchToANewVersionTogetherWithoutMixingVersions(@TempDir Path tmp)
            throws Exception {
        byte[] proposal = Files.readAllBytes(Path.of("examples/at-2025-family-reunification-pause.json"));
        SourceFiles v1 = SourceFiles.fromDirectory(Path.of("ontology"), ".ttl");
        Path edited = copyWithMarkedText(Path.of("ontology"), tmp.resolve("ontology"));
        SourceFiles v2 = SourceFiles.fromDirectory(edited, ".ttl");
        assertThat(v2.version()).isNotEqualTo(v1.version());

        try (FusekiTestServer fuseki = FusekiTestServer.start()) {
            SparqlKnowledge knowledge = new SparqlKnowledge(fuseki.url());
            knowledge.publish(v1);
            try (Replica a = replica(knowledge, fuseki.url());
                    Replica b = replica(knowledge, fuseki.url())) {
                // Stored reports: what one replica stores, the other reads and lists.
                StoredReport fromA =
                        a.store().save(stored("anna", check(a, proposal).get(0)));
                StoredReport fromB =
                        b.store().save(stored("anna", check(b, proposal).get(0)));
                assertThat(b.store().find(fromA.id(), "anna", Set.of())).contains(fromA);
                assertThat(a.store().list(new ReportQuery("anna", Set.of(), null, null, null, null, 0, 10)))
                        .extracting(StoredReport::id)
                        .containsExactlyInAnyOrder(fromA.id(), fromB.id());
                assertThat(fromA.ontologyVersion()).isEqualTo(v1.version());

                // Publishing version 2 while both replicas answer.
                ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
                AtomicBoolean stop = new AtomicBoolean();
                List<Thread> workers = Stream.of(Map.entry("a", a), Map.entry("b", b))
                        .map(e -> new Thread(() -> {
                            while (!stop.get()) {
                                List<Report> reports = check(e.getValue(), proposal);
                                answers.add(new Answer(
                                        e.getKey(),
                                        reports.stream()
                                                .map(r -> r.provenance().ontologyVersion())
                                                .toList(),
                                        ReportWriter.write(reports.get(0), ReportFormat.JSON)
                                                .contains(MARK + TEXT)));
                                pause(); // a client's think time: leaves the publisher and pollers some of the two
                                // cores
                            }
                        }))
                        .toList();
                workers.forEach(Thread::start);
                waitFor(() -> answers.stream()
                                        .filter(x -> x.replica().equals("a"))
                                        .count()
                                > 3
                        && answers.stream().filter(x -> x.replica().equals("b")).count() > 3);
                assertThat(knowledge.publish(v2)).isEqualTo(v2.version());
                waitFor(() -> a.checker().current().knowledge().version().equals(v2.version())
                        && b.checker().current().knowledge().version().equals(v2.version()));
                int switched = answers.size();
                waitFor(() -> answers.size() > switched + 6);
                stop.set(true);
                for (Thread t : workers) t.join();

                for (Answer x : answers) {
                    assertThat(x.versions())
                            .as("one version per request")
                            .containsOnly(x.versions().get(0));
                    assertThat(x.marked())
                            .as("the answer's text is the text of the version it names")
                            .isEqualTo(x.versions().get(0).equals(v2.version()));
                }
                for (String replica : List.of("a", "b")) {
                    assertThat(answers.stream()
                                    .filter(x -> x.replica().equals(replica))
                                    .map(x -> x.versions().get(0))
                                    .distinct())
                            .as("replica " + replica + " answered on both versions")
                            .containsExactlyInAnyOrder(v1.version(), v2.version());
                }

                // A report stored after the switch carries the new version, for both replicas.
                StoredReport after =
                        b.store().save(stored("bram", check(b, proposal).get(0)));
                assertThat(a.store()
                                .find(after.id(), "bram", Set.of())
                                .orElseThrow()
                                .ontologyVersion())
                        .isEqualTo(v2.version());
            }
        }
    }

    private static Replica replica(SparqlKnowledge knowledge, String url) {
        Checker checker = knowledge.checker(Path.of("rules"));
        return new Replica(
                checker,
                new SparqlReportStore(url),
                new KnowledgePoller(checker, knowledge).every(Duration.ofMillis(50)));
    }

    /** One request, pinned to one version: parse, then check for Austria and Germany. */
    private static List<Report> check(Replica r, byte[] proposal) {
        Checker.Pinned pinned = r.checker().pin();
        var parsed = pinned.parse(proposal, ProposalFormat.JSON);
        return pinned.checkEach(parsed, "jurisdictions", "AT,DE", LocalDate.of(2025, 7, 3), Language.EN);
    }

    private static StoredReport stored(String owner, Report report) {
        return new StoredReport(
                null,
                owner,
                null,
                Instant.now(),
                "at-2025-family-reunification-pause",
                "AT",
                List.of("2025-07-03"),
                report.provenance().rulesVersion(),
                report.provenance().ontologyVersion(),
                report.provenance().engineVersion(),
                "application/json",
                new byte[] {'{', '}'},
                "application/json",
                ReportWriter.write(report, ReportFormat.JSON).getBytes(StandardCharsets.UTF_8));
    }

    /** A copy of the ontology in which one explanation that the proposal draws is marked. */
    private static Path copyWithMarkedText(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                String text = Files.readString(f);
                if (text.contains(TEXT)) text = text.replace(TEXT, MARK + TEXT);
                Files.writeString(target, text);
            }
        }
        return to;
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out");
            Thread.sleep(20);
        }
    }
}
