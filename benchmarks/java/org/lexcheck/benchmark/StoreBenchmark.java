package org.lexcheck.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.lexcheck.knowledge.Language;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.report.ReportFormat;
import org.lexcheck.report.ReportWriter;
import org.lexcheck.store.ReportStore;
import org.lexcheck.store.StoredReport;
import org.lexcheck.store.Tdb2ReportStore;
import org.lexcheck.system.Checker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What storing a check costs ({@code POST /api/v1/checks} stores every answered check): one
 * {@link Tdb2ReportStore#save} of the 36-month example, its JSON report and its findings, on disk (the service's
 * store: one write transaction, synced at commit) and in memory (the same transaction without the
 * disk). At the end of each trial it prints the store's size per saved check. Run with
 * {@code mvn -B -Pbench verify -Djmh.args="StoreBenchmark ..."} (docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StoreBenchmark {
    @Param({"disk", "memory"})
    public String where;

    private StoredReport check;
    private Path folder;
    private ReportStore store;
    private final AtomicLong saved = new AtomicLong();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Checker checker = Checker.load(Path.of("ontology"), Path.of("rules"));
        byte[] proposal = Files.readAllBytes(Path.of("examples/nl-subsidiary-protection-waiting-36-months.json"));
        var checked = checker.check(proposal, ProposalFormat.JSON, LocalDate.of(2027, 1, 1), Language.EN);
        String report = ReportWriter.write(checked, ReportFormat.JSON);
        // As the service keeps them (archive/StoredChecks): the findings as compact JSON besides.
        byte[] findings = ReportWriter.json()
                .writer()
                .without(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                .writeValueAsBytes(List.of(checked));
        check = new StoredReport(
                null,
                "admin",
                null,
                Instant.now(),
                "nl-2027-family-reunification",
                "NL",
                List.of("2027-01-01"),
                "rules",
                "ontology",
                "engine",
                "application/json",
                proposal,
                "application/json",
                report.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.util.Map.of("date", "2027-01-01"),
                findings,
                null);
        if (where.equals("disk")) {
            folder = Files.createTempDirectory("lexcheck-store-bench");
            store = Tdb2ReportStore.open(folder);
        } else {
            store = Tdb2ReportStore.inMemory();
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        store.close();
        if (folder == null) return;
        long n = Math.max(1, saved.get());
        // Blocks in use (du), not the files' lengths: TDB2 grows its files in steps of 8 MiB.
        Process du = new ProcessBuilder("du", "-sk", folder.toString()).start();
        String kib = new String(du.getInputStream().readAllBytes()).split("\\s+")[0];
        du.waitFor();
        System.out.printf(
                "%nstore on disk: %d checks saved, %d KiB in use (du), %d KiB per check%n",
                saved.get(), Long.parseLong(kib), Long.parseLong(kib) / n);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }

    /** One check stored, as the service stores each answered check. */
    @Benchmark
    public Object saveOneCheck() {
        saved.incrementAndGet();
        return store.save(check);
    }
}
