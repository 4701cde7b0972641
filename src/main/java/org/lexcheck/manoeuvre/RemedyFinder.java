package org.lexcheck.manoeuvre;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lexcheck.assessment.AssessedFinding;
import org.lexcheck.assessment.Assessment;
import org.lexcheck.assessment.FindingKey;
import org.lexcheck.assessment.Ground;
import org.lexcheck.assessment.LimitComparison;
import org.lexcheck.assessment.MeasureAssessment;
import org.lexcheck.assessment.Reason;
import org.lexcheck.country.CountryDerivation;
import org.lexcheck.engine.ConformityEngine;
import org.lexcheck.engine.IncrementalCheck;
import org.lexcheck.knowledge.GroupHierarchy;
import org.lexcheck.knowledge.Modality;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.proposal.Measure;

/**
 * Proposes amendments for each CONFLICT or RISK finding (a parameter within the effective
 * limit, a safeguard to add, a group to exempt, or all of these together) and re-checks each
 * with the engine, so that "verified" is the engine's word, not a guess: the amended measure in
 * place of the original in one session of the whole proposal, so that a remedy which clears its
 * own finding but brings about a conflict for a measure joined to it (a cumulative limit) is not
 * verified.
 */
final class RemedyFinder {
    /** At most this many remedies per finding are reported. */
    static final int MAX_REMEDIES = 3;

    private final ConformityEngine engine;
    private final GroupHierarchy groups;

    RemedyFinder(ConformityEngine engine) {
        this.engine = engine;
        this.groups = engine.knowledgeBase().groups();
    }

    /**
     * The remedies for each CONFLICT or RISK finding of one measure, re-checked in {@code session},
     * one incremental session of the assessed proposal. Findings of one measure often share a
     * remedy: each amended measure is re-checked once.
     */
    Map<FindingKey, List<Remedy>> forMeasure(
            IncrementalCheck session, Assessment assessment, MeasureAssessment m, List<EffectiveLimit> limits) {
        Set<FindingKey> conflictsBefore = assessment.conflicts();
        Map<FindingKey, List<Remedy>> remedies = new LinkedHashMap<>();
        Map<Measure, IncrementalCheck.Replacement> rechecked = new HashMap<>();
        for (AssessedFinding f : m.findings()) {
            if (!f.isBreach()) continue;
            remedies.put(f.key(), remediesFor(session, m.measure(), f, limits, conflictsBefore, rechecked));
        }
        return remedies;
    }

    /**
     * Each candidate is swapped in for the measure in the proposal's one session and the rules fired
     * ({@link IncrementalCheck}): Drools re-evaluates only what the change touches, the measure and
     * those a cumulative limit joins it with.
     */
    private List<Remedy> remediesFor(
            IncrementalCheck session,
            Measure m,
            AssessedFinding finding,
            List<EffectiveLimit> limits,
            Set<FindingKey> conflictsBefore,
            Map<Measure, IncrementalCheck.Replacement> rechecked) {
        List<Remedy> verified = new ArrayList<>();
        List<Remedy> tried = new ArrayList<>();
        for (List<Remedy.Change> changes : candidates(m, finding, limits)) {
            Measure amended = apply(m, changes);
            IncrementalCheck.Replacement recheck = rechecked.computeIfAbsent(amended, session::replacing);
            boolean cleared = recheck.candidate()
                    .finding(finding.key())
                    .map(f -> !f.isBreach())
                    .orElse(true);
            boolean noNewConflict =
                    conflictsBefore.containsAll(recheck.candidate().conflicts())
                            && conflictsBefore.containsAll(recheck.conflictsElsewhere());
            Remedy r = new Remedy(changes, amended, cleared && noNewConflict, false);
            (r.verified() ? verified : tried).add(r);
            if (verified.size() == MAX_REMEDIES) break;
        }
        if (!verified.isEmpty()) return verified;
        List<Remedy> answer = new ArrayList<>();
        boolean absolute = finding.norms().stream()
                .anyMatch(n -> n.modality() == Modality.ABSOLUTE_PROHIBITION && breaches(finding, n));
        answer.add(Remedy.none(absolute));
        if (!tried.isEmpty()) answer.add(tried.get(0));
        return answer;
    }

    private static boolean breaches(AssessedFinding f, Norm n) {
        return f.decisive().stream().anyMatch(g -> g.normIri().equals(n.iri()));
    }

    /** Single changes first, then all bound and safeguard changes together. */
    private Set<List<Remedy.Change>> candidates(Measure m, AssessedFinding finding, List<EffectiveLimit> limits) {
        Set<List<Remedy.Change>> candidates = new LinkedHashSet<>();
        List<Remedy.Change> combined = new ArrayList<>();
        for (Ground g : finding.grounds()) {
            if (!g.kind().isBreach()) continue;
            Remedy.Change change = null;
            // A fact about a country (a recognition rate, a court's finding) is no choice to amend.
            if (g.limit() != null
                    && g.reason() != Reason.LIMIT_MET
                    && !CountryDerivation.derives(g.limit().parameter())) change = withinBound(m, g, limits);
            if (g.reason() == Reason.SAFEGUARD_MISSING) change = Remedy.Change.add(g.safeguard());
            if (change != null) {
                candidates.add(List.of(change));
                if (!combined.contains(change)) combined.add(change);
            }
        }
        for (Norm n : finding.norms()) {
            if (!breaches(finding, n)) continue;
            n.limits()
                    .forEach(l ->
                            sorted(l.unlessSafeguards()).forEach(s -> candidates.add(List.of(Remedy.Change.add(s)))));
            sorted(n.unlessSafeguards()).forEach(s -> candidates.add(List.of(Remedy.Change.add(s))));
            for (String g : sorted(n.protectedGroups())) candidates.add(List.of(Remedy.Change.exempt(g)));
            for (String g : sorted(n.appliesTo())) {
                boolean narrower = m.targetGroups().stream().anyMatch(t -> !t.equals(g) && groups.isAtOrBelow(g, t));
                if (narrower) candidates.add(List.of(Remedy.Change.exempt(g)));
            }
        }
        if (combined.size() > 1) candidates.add(combined);
        return candidates;
    }

    private static List<String> sorted(Set<String> codes) {
        return codes.stream().sorted().toList();
    }

    /** The value that brings a parameter within the strictest bound on it. */
    private static Remedy.Change withinBound(Measure m, Ground g, List<EffectiveLimit> limits) {
        LimitComparison l = g.limit();
        if (l.required() != null) return Remedy.Change.set(l.parameter(), l.required());
        if (l.allowed() != null)
            return Remedy.Change.set(l.parameter(), l.allowed().get(0));
        if (g.reason() == Reason.CUMULATIVE_CEILING_EXCEEDED
                && l.max() != null
                && l.proposed() instanceof Number total) {
            Object own = m.parameters().get(l.parameter());
            if (!(own instanceof BigDecimal value)) return null;
            double reduced = Math.max(
                    0, value.doubleValue() - (total.doubleValue() - l.max().doubleValue()));
            return Remedy.Change.set(l.parameter(), BigDecimal.valueOf(reduced).stripTrailingZeros());
        }
        EffectiveLimit effective = limits.stream()
                .filter(e -> e.measure().equals(m.id())
                        && e.parameter().equals(l.parameter())
                        && (l.max() != null ? e.max() != null : e.min() != null))
                .findFirst()
                .orElse(null);
        Number bound = effective != null
                ? (l.max() != null ? effective.max() : effective.min())
                : (l.max() != null ? l.max() : l.min());
        boolean strict = effective != null ? effective.strict() : l.strict();
        if (bound == null) return null;
        BigDecimal value = new BigDecimal(bound.toString());
        if (strict) value = l.max() != null ? value.subtract(BigDecimal.ONE) : value.add(BigDecimal.ONE);
        return Remedy.Change.set(l.parameter(), value.stripTrailingZeros());
    }

    /** The measure with the changes made (also used to re-check a stated fact on its other branch). */
    static Measure apply(Measure m, List<Remedy.Change> changes) {
        Map<String, Object> params = new LinkedHashMap<>(m.parameters());
        List<String> safeguards = new ArrayList<>(m.safeguards());
        List<String> exemptions = new ArrayList<>(m.exemptions());
        for (Remedy.Change c : changes) {
            switch (c.kind()) {
                case SET_PARAMETER -> params.put(c.parameter(), c.value());
                case ADD_SAFEGUARD -> {
                    if (!safeguards.contains(c.code())) safeguards.add(c.code());
                }
                case EXEMPT_GROUP -> {
                    if (!exemptions.contains(c.code())) exemptions.add(c.code());
                }
            }
        }
        return new Measure(
                m.id(), m.type(), m.targetGroups(), params, safeguards, exemptions, m.description(), m.targets());
    }
}
