package org.lexcheck.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.lexcheck.assessment.Assessment;
import org.lexcheck.engine.ConformityEngine;
import org.lexcheck.manoeuvre.RoomForManoeuvre;
import org.lexcheck.proposal.Proposal;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.system.Checker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What alternatives cost (issue 11: a report with alternatives at most three times one without):
 * the engine and the room for manoeuvre of a proposal with conflicts, with and without the search
 * for alternatives; and how that grows with the number of measures joined in one proposal (a
 * suspension of family reunification repeated {@code measures} times, all conflicting).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AlternativesBenchmark {
    private static final LocalDate DATE = LocalDate.of(2027, 3, 1);

    @Param({"1", "10", "100"})
    public int measures;

    private ConformityEngine engine;
    private Proposal proposal;

    @Setup
    public void setUp() {
        Checker checker = Checker.load(Path.of("ontology"), Path.of("rules"));
        engine = checker.current().engine();
        proposal = checker.parse(conflicting(measures).getBytes(StandardCharsets.UTF_8), ProposalFormat.JSON);
    }

    @Benchmark
    public Object roomWithoutAlternatives() {
        Assessment a = engine.check(proposal, DATE);
        return RoomForManoeuvre.analyse(engine, a, false);
    }

    @Benchmark
    public Object roomWithAlternatives() {
        Assessment a = engine.check(proposal, DATE);
        return RoomForManoeuvre.analyse(engine, a, true);
    }

    /** {@code n} measures that conflict: suspensions of refugees' family reunification and of asylum applications, alternating. */
    static String conflicting(int n) {
        StringBuilder s = new StringBuilder("{\"id\":\"bench-alt\",\"jurisdiction\":\"NL\",\"measures\":[");
        for (int i = 0; i < n; i++) {
            if (i > 0) s.append(',');
            boolean fr = i % 2 == 0;
            s.append("{\"id\":\"m")
                    .append(i)
                    .append("\",\"type\":\"")
                    .append(fr ? "FR_SUSPENSION" : "AP_SUSPEND_ASYLUM_APPLICATIONS")
                    .append("\",\"targetGroups\":[\"")
                    .append(fr ? "REFUGEE" : "ASYLUM_APPLICANT")
                    .append("\"],\"parameters\":{\"months\":")
                    .append(12 + i % 12)
                    .append("}}");
        }
        return s.append("]}").toString();
    }
}
