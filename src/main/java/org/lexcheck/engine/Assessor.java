package org.lexcheck.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lexcheck.assessment.AssessedFinding;
import org.lexcheck.assessment.Assessment;
import org.lexcheck.assessment.FindingKey;
import org.lexcheck.assessment.Ground;
import org.lexcheck.assessment.InstrumentStatus;
import org.lexcheck.assessment.MeasureAssessment;
import org.lexcheck.assessment.NarrowerGroup;
import org.lexcheck.assessment.NotAssessed;
import org.lexcheck.knowledge.CaseLaw;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.knowledge.KnowledgeBase;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.knowledge.Provision;
import org.lexcheck.knowledge.Severity;
import org.lexcheck.proposal.Measure;

/**
 * Merges the rules' findings into one finding per measure and obligation, and settles what
 * each may cite on the reference date: provisions read with an instrument only where that
 * instrument applies, judgments only once given.
 */
final class Assessor {
    private final KnowledgeBase kb;
    private final NormSelector selector;

    Assessor(KnowledgeBase kb, NormSelector selector) {
        this.kb = kb;
        this.selector = selector;
    }

    Assessment assess(CheckResult result) {
        Set<String> applied = result.law().applied();
        List<MeasureAssessment> measures = new ArrayList<>();
        for (Measure m : result.proposal().measures()) {
            MeasureFact fact = MeasureFact.of(m);
            Map<String, List<Finding>> byObligation = new LinkedHashMap<>();
            result.findings().stream()
                    .filter(f -> f.measureId().equals(m.id()))
                    .sorted(Finding.ORDER)
                    .forEach(f -> byObligation
                            .computeIfAbsent(kb.norm(f.normIri()).obligation(), k -> new ArrayList<>())
                            .add(f));
            List<AssessedFinding> findings = new ArrayList<>();
            byObligation.forEach((obligation, raw) ->
                    findings.add(merge(new FindingKey(m.id(), obligation), raw, fact, applied, result)));
            findings.sort(Comparator.comparing(AssessedFinding::kind)
                    .thenComparing(f ->
                            f.citations().isEmpty() ? "" : f.citations().get(0).instrumentCode())
                    .thenComparing(f -> f.norm().iri()));
            List<Norm> reached = result.reached().getOrDefault(m.id(), List.of());
            measures.add(new MeasureAssessment(
                    m, reached, findings, findings.isEmpty() ? notAssessed(m, reached, applied, result) : null));
        }
        return new Assessment(
                result.proposal(),
                result.referenceDate(),
                result.law().instruments(),
                measures,
                result.rulesFired(),
                result.rulesVersion(),
                result.ontologyVersion(),
                java.util.List.of());
    }

    /**
     * The worst kind wins; the norms of that kind come first, and citations follow the norms in the
     * ontology's order, each provision and judgment once.
     */
    private AssessedFinding merge(
            FindingKey key, List<Finding> raw, MeasureFact m, Set<String> applied, CheckResult result) {
        // Loops, not streams: this runs for every finding of every re-check of a report.
        FindingKind kind = raw.get(0).kind();
        for (Finding f : raw) if (f.kind().compareTo(kind) < 0) kind = f.kind();
        List<Ground> decisive = new ArrayList<>();
        List<Ground> grounds = new ArrayList<>(raw.size());
        Set<Norm> norms = new LinkedHashSet<>();
        for (Finding f : raw) {
            if (f.kind() == kind) {
                decisive.add(f.ground());
                norms.add(kb.norm(f.normIri()));
            }
        }
        for (Finding f : raw) {
            grounds.add(f.ground());
            norms.add(kb.norm(f.normIri()));
        }
        Set<Provision> citations = new LinkedHashSet<>();
        Set<CaseLaw> cases = new LinkedHashSet<>();
        Set<NarrowerGroup> narrower = new LinkedHashSet<>();
        LocalDate date = result.referenceDate();
        for (Norm n : norms) {
            citations.addAll(n.provisions());
            for (Provision p : n.readWith()) if (applied.contains(p.instrumentIri())) citations.add(p);
            for (CaseLaw c : n.caseLaw()) if (c.date() == null || !c.date().isAfter(date)) cases.add(c);
            narrower.addAll(selector.narrowerGroups(n, m));
        }
        Severity severity = null;
        if (kind.isBreach()) {
            for (Ground g : decisive) {
                Severity s = kb.norm(g.normIri()).severity();
                if (s != null && (severity == null || s.compareTo(severity) < 0)) severity = s;
            }
        }
        return new AssessedFinding(
                key,
                kind,
                severity,
                List.copyOf(norms),
                List.copyOf(decisive),
                List.copyOf(grounds),
                List.copyOf(citations),
                List.copyOf(cases),
                List.copyOf(narrower));
    }

    /** Why a measure without findings was not assessed: no rule, no binding law here, no group concerned, or no check applying. */
    private NotAssessed notAssessed(Measure m, List<Norm> reached, Set<String> applied, CheckResult result) {
        if (!kb.vocabulary().isKnownMeasureType(m.type()))
            return NotAssessed.because(NotAssessed.Reason.UNKNOWN_MEASURE_TYPE);
        List<Norm> regulating = selector.regulating(m.type());
        if (regulating.isEmpty()) return NotAssessed.because(NotAssessed.Reason.NO_NORM_FOR_TYPE);
        if (!reached.isEmpty()) return NotAssessed.because(NotAssessed.Reason.NO_CHECK_APPLIES);
        LocalDate date = result.referenceDate();
        if (regulating.stream().anyMatch(n -> selector.isInForce(n, applied, date))) {
            return NotAssessed.because(NotAssessed.Reason.NOT_REACHED);
        }
        List<Provision> later = regulating.stream()
                .filter(n -> applied.containsAll(selector.instrumentsNeeded(n)))
                .flatMap(n -> n.provisions().stream())
                .filter(p -> p.appliesOnlyAfter(date))
                .distinct()
                .toList();
        if (!later.isEmpty()) return new NotAssessed(NotAssessed.Reason.NOT_YET_APPLICABLE_HERE, List.of(), later);
        Set<String> needed = new java.util.HashSet<>();
        regulating.forEach(n -> needed.addAll(selector.instrumentsNeeded(n)));
        List<InstrumentStatus> notApplied = result.law().instruments().stream()
                .filter(s -> !s.applied() && needed.contains(s.instrument().iri()))
                .toList();
        return new NotAssessed(NotAssessed.Reason.NOT_BINDING_HERE, notApplied, List.of());
    }
}
