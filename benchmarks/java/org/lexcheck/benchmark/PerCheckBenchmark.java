package org.lexcheck.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.lexcheck.assessment.Assessment;
import org.lexcheck.engine.ConformityEngine;
import org.lexcheck.knowledge.Language;
import org.lexcheck.manoeuvre.RoomForManoeuvre;
import org.lexcheck.proposal.Proposal;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.report.ReportBuilder;
import org.lexcheck.report.ReportFormat;
import org.lexcheck.report.ReportWriter;
import org.lexcheck.system.Checker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The per-check targets of issue 13, as JMH samples (read the p0.50 line): a 20-measure proposal
 * (NL, 2027-01-01) with the full report (effective limits, options, verified remedies,
 * alternatives) written as JSON; the engine and the report without room for manoeuvre; the engine
 * alone. Run with {@code -prof gc} for the allocation per check ({@code gc.alloc.rate.norm}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PerCheckBenchmark {
    private static final LocalDate DATE = LocalDate.of(2027, 1, 1);

    private ConformityEngine engine;
    private ReportBuilder reports;
    private Proposal twenty;

    @Setup
    public void setUp() {
        Checker checker = Checker.load(Path.of("ontology"), Path.of("rules"));
        engine = checker.current().engine();
        reports = checker.current().reports();
        twenty = checker.parse(CheckBenchmark.proposal(20).getBytes(StandardCharsets.UTF_8), ProposalFormat.JSON);
    }

    /** Check, room for manoeuvre (remedies verified, alternatives), report, JSON. */
    @Benchmark
    public String fullReport() {
        Assessment a = engine.check(twenty, DATE);
        return ReportWriter.write(
                reports.build(a, RoomForManoeuvre.analyse(engine, a), Language.EN, false), ReportFormat.JSON);
    }

    /** Check and report, without room for manoeuvre, as JSON. */
    @Benchmark
    public String engineAndReport() {
        return ReportWriter.write(reports.build(engine.check(twenty, DATE), Language.EN), ReportFormat.JSON);
    }

    /** The engine alone: select, fire, assess. */
    @Benchmark
    public Object engineOnly() {
        return engine.check(twenty, DATE);
    }
}
