package org.lexcheck.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.lexcheck.knowledge.KnowledgeBase;
import org.lexcheck.knowledge.Language;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.proposal.Proposal;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.system.Checker;
import org.lexcheck.system.LoadedVersion;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How a check's time grows with the size of the law (issue 13: less than 1.2x for 10x the norms).
 * The fixture multiplies the real knowledge base: {@code scale} - 1 copies of every norm, each with
 * its own IRI and regulating a synthetic measure type of its own (law on other subjects, as a
 * larger corpus would hold), beside the real norms. The proposal is the ten-measure one of
 * {@link CheckBenchmark}; engine and report, with and without room for manoeuvre.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class KnowledgeGrowthBenchmark {
    private static final LocalDate DATE = LocalDate.of(2027, 1, 1);

    @Param({"1", "10", "100"})
    public int scale;

    private Checker.Pinned checker;
    private org.lexcheck.engine.ConformityEngine engine;
    private Proposal proposal;

    @Setup
    public void setUp() {
        LoadedVersion real = Checker.load(Path.of("ontology"), Path.of("rules")).current();
        KnowledgeBase kb = grown(real.knowledge(), scale);
        checker = new Checker(LoadedVersion.of(kb, real.rules())).pin();
        engine = checker.version().engine();
        proposal = checker.parse(
                CheckBenchmark.tenMeasureProposal().getBytes(StandardCharsets.UTF_8), ProposalFormat.JSON);
        System.out.printf("%n%d norms%n", kb.norms().size());
    }

    static KnowledgeBase grown(KnowledgeBase kb, int scale) {
        List<Norm> norms = new ArrayList<>(kb.norms());
        for (int copy = 1; copy < scale; copy++) {
            String prefix = "SYN" + copy + "_";
            for (Norm n : kb.norms()) {
                Set<String> regulates =
                        Set.copyOf(n.regulates().stream().map(t -> prefix + t).toList());
                norms.add(new Norm(
                        n.iri() + "-synthetic-" + copy,
                        n.obligation(),
                        n.label(),
                        n.provisions(),
                        n.readWith(),
                        n.modality(),
                        n.derogable(),
                        n.severity(),
                        regulates,
                        n.appliesTo(),
                        n.excludes(),
                        n.protectedGroups(),
                        n.requiresInstruments(),
                        n.unlessInstruments(),
                        n.barsMeasure(),
                        n.breachKind(),
                        n.unlessSafeguards(),
                        n.limits(),
                        n.safeguardRequirements(),
                        n.caseLaw(),
                        n.explanation(),
                        n.remedy()));
            }
        }
        return new KnowledgeBase(
                kb.version() + "x" + scale,
                kb.instruments(),
                norms,
                kb.caseLaw(),
                kb.groups(),
                kb.vocabulary(),
                kb.countryFacts(),
                kb.policyAims(),
                kb.paths(),
                kb.execution(),
                kb.successions(),
                kb.pending());
    }

    /** The engine alone: norms selected, facts inserted, rules fired, findings merged. */
    @Benchmark
    public Object engineOnly() {
        return engine.check(proposal, DATE);
    }

    /** The full report: engine, room for manoeuvre (limits, options, remedies, alternatives), report. */
    @Benchmark
    public Object fullReport() {
        return checker.check(proposal, DATE, Language.EN, false);
    }
}
