package org.lexcheck.manoeuvre;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lexcheck.engine.CheckResult;
import org.lexcheck.engine.ConformityEngine;
import org.lexcheck.engine.Finding;
import org.lexcheck.engine.LimitComparison;
import org.lexcheck.engine.Reason;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.knowledge.GroupHierarchy;
import org.lexcheck.knowledge.Modality;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.proposal.Measure;
import org.lexcheck.proposal.Proposal;

/**
 * Proposes amendments for each CONFLICT or RISK finding (a parameter within the effective
 * limit, a safeguard to add, a group to exempt, or all of these together) and re-checks each
 * with the engine on the whole proposal, so that "verified" is the engine's word, not a guess.
 */
final class RemedyFinder {
    /** At most this many remedies per finding are reported. */
    static final int MAX_REMEDIES = 3;
    private static final Set<FindingKind> BREACH = Set.of(FindingKind.CONFLICT, FindingKind.RISK);

    private final ConformityEngine engine;
    private final GroupHierarchy groups;
    /** Norms named by specific rules: only through them can one measure's findings depend on another's. */
    private final Set<String> crossMeasureNorms;

    RemedyFinder(ConformityEngine engine, Set<String> crossMeasureNorms) {
        this.engine = engine;
        this.groups = engine.knowledgeBase().groups();
        this.crossMeasureNorms = crossMeasureNorms;
    }

    /** Remedies by finding key (measure id + " " + norm IRI). */
    Map<String, List<Remedy>> find(CheckResult result, List<EffectiveLimit> limits) {
        Map<String, List<Finding>> breaches = new LinkedHashMap<>();
        for (Finding f : result.findings().stream().sorted(Finding.ORDER).toList()) {
            if (BREACH.contains(f.kind())) breaches.computeIfAbsent(key(f.measureId(), f.normIri()), k -> new ArrayList<>()).add(f);
        }
        // Without a specific rule in play, measures are checked independently: re-checking the
        // amended measure alone gives the same findings for it, and the others cannot change.
        boolean linked = result.reached().values().stream().flatMap(List::stream).anyMatch(n -> crossMeasureNorms.contains(n.iri()));
        Set<String> conflictsBefore = conflicts(result);
        Map<Measure, CheckResult> rechecked = new java.util.HashMap<>();
        Map<String, List<Remedy>> remedies = new LinkedHashMap<>();
        breaches.forEach((key, findings) -> {
            Measure m = measure(result.proposal(), findings.get(0).measureId());
            Norm n = engine.knowledgeBase().norm(findings.get(0).normIri());
            remedies.put(key, remediesFor(result, m, n, findings, limits, conflictsBefore, rechecked, linked));
        });
        return remedies;
    }

    static String key(String measureId, String normIri) {
        return measureId + " " + normIri;
    }

    /** {@code rechecked} caches re-checks by amended measure: findings of one measure often share a remedy. */
    private List<Remedy> remediesFor(CheckResult result, Measure m, Norm n, List<Finding> findings, List<EffectiveLimit> limits,
                                     Set<String> conflictsBefore, Map<Measure, CheckResult> rechecked, boolean linked) {
        List<Remedy> verified = new ArrayList<>();
        List<Remedy> tried = new ArrayList<>();
        for (List<Remedy.Change> changes : candidates(m, n, findings, limits)) {
            Measure amended = apply(m, changes);
            CheckResult recheck = rechecked.computeIfAbsent(amended,
                    a -> engine.check(linked ? replace(result.proposal(), a) : alone(result.proposal(), a), result.referenceDate()));
            boolean cleared = recheck.findings().stream()
                    .noneMatch(f -> f.measureId().equals(m.id()) && f.normIri().equals(n.iri()) && BREACH.contains(f.kind()));
            boolean noNewConflict = conflictsBefore.containsAll(conflicts(recheck));
            Remedy r = new Remedy(changes, amended, cleared && noNewConflict, false);
            (r.verified() ? verified : tried).add(r);
            if (verified.size() == MAX_REMEDIES) break;
        }
        if (!verified.isEmpty()) return verified;
        List<Remedy> answer = new ArrayList<>();
        answer.add(Remedy.none(n.modality() == Modality.ABSOLUTE_PROHIBITION));
        if (!tried.isEmpty()) answer.add(tried.get(0));
        return answer;
    }

    /** Single changes first, then all bound and safeguard changes together. */
    private Set<List<Remedy.Change>> candidates(Measure m, Norm n, List<Finding> findings, List<EffectiveLimit> limits) {
        Set<List<Remedy.Change>> candidates = new LinkedHashSet<>();
        List<Remedy.Change> combined = new ArrayList<>();
        for (Finding f : findings) {
            Remedy.Change change = null;
            if (f.limit() != null && f.reason() != Reason.LIMIT_MET) change = withinBound(m, f, limits);
            if (f.reason() == Reason.SAFEGUARD_MISSING) change = Remedy.Change.add(f.safeguard());
            if (change != null) {
                candidates.add(List.of(change));
                if (!combined.contains(change)) combined.add(change);
            }
        }
        n.limits().forEach(l -> sorted(l.unlessSafeguards()).forEach(s -> candidates.add(List.of(Remedy.Change.add(s)))));
        sorted(n.unlessSafeguards()).forEach(s -> candidates.add(List.of(Remedy.Change.add(s))));
        for (String g : sorted(n.protectedGroups())) candidates.add(List.of(Remedy.Change.exempt(g)));
        for (String g : sorted(n.appliesTo())) {
            boolean narrower = m.targetGroups().stream().anyMatch(t -> !t.equals(g) && groups.isAtOrBelow(g, t));
            if (narrower) candidates.add(List.of(Remedy.Change.exempt(g)));
        }
        if (combined.size() > 1) candidates.add(combined);
        return candidates;
    }

    private static List<String> sorted(Set<String> codes) {
        return codes.stream().sorted().toList();
    }

    /** The value that brings a parameter within the strictest bound on it. */
    private static Remedy.Change withinBound(Measure m, Finding f, List<EffectiveLimit> limits) {
        LimitComparison l = f.limit();
        if (l.required() != null) return Remedy.Change.set(l.parameter(), l.required());
        if (l.allowed() != null) return Remedy.Change.set(l.parameter(), l.allowed().get(0));
        if (f.reason() == Reason.CUMULATIVE_CEILING_EXCEEDED && l.max() != null && l.proposed() instanceof Number total) {
            Object own = m.parameters().get(l.parameter());
            if (!(own instanceof BigDecimal value)) return null;
            double reduced = Math.max(0, value.doubleValue() - (total.doubleValue() - l.max().doubleValue()));
            return Remedy.Change.set(l.parameter(), BigDecimal.valueOf(reduced).stripTrailingZeros());
        }
        EffectiveLimit effective = limits.stream()
                .filter(e -> e.measure().equals(m.id()) && e.parameter().equals(l.parameter()) && (l.max() != null ? e.max() != null : e.min() != null))
                .findFirst().orElse(null);
        Number bound = effective != null ? (l.max() != null ? effective.max() : effective.min()) : (l.max() != null ? l.max() : l.min());
        boolean strict = effective != null ? effective.strict() : l.strict();
        if (bound == null) return null;
        BigDecimal value = new BigDecimal(bound.toString());
        if (strict) value = l.max() != null ? value.subtract(BigDecimal.ONE) : value.add(BigDecimal.ONE);
        return Remedy.Change.set(l.parameter(), value.stripTrailingZeros());
    }

    private static Measure apply(Measure m, List<Remedy.Change> changes) {
        Map<String, Object> params = new LinkedHashMap<>(m.parameters());
        List<String> safeguards = new ArrayList<>(m.safeguards());
        List<String> exemptions = new ArrayList<>(m.exemptions());
        for (Remedy.Change c : changes) {
            switch (c.kind()) {
                case SET_PARAMETER -> params.put(c.parameter(), c.value());
                case ADD_SAFEGUARD -> { if (!safeguards.contains(c.code())) safeguards.add(c.code()); }
                case EXEMPT_GROUP -> { if (!exemptions.contains(c.code())) exemptions.add(c.code()); }
            }
        }
        return new Measure(m.id(), m.type(), m.targetGroups(), params, safeguards, exemptions, m.description());
    }

    private static Proposal replace(Proposal p, Measure amended) {
        List<Measure> measures = p.measures().stream().map(m -> m.id().equals(amended.id()) ? amended : m).toList();
        return new Proposal(p.id(), p.title(), p.jurisdiction(), p.entryIntoForce(), measures);
    }

    private static Proposal alone(Proposal p, Measure amended) {
        return new Proposal(p.id(), p.title(), p.jurisdiction(), p.entryIntoForce(), List.of(amended));
    }

    private static Measure measure(Proposal p, String id) {
        return p.measures().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    private static Set<String> conflicts(CheckResult r) {
        Set<String> keys = new HashSet<>();
        r.findings().stream().filter(f -> f.kind() == FindingKind.CONFLICT).forEach(f -> keys.add(key(f.measureId(), f.normIri())));
        return keys;
    }
}
