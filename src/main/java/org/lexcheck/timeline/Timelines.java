package org.lexcheck.timeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.lexcheck.assessment.AssessedFinding;
import org.lexcheck.assessment.Assessment;
import org.lexcheck.assessment.MeasureAssessment;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.knowledge.GroupHierarchy;
import org.lexcheck.knowledge.Limit;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.knowledge.PersonPath;
import org.lexcheck.knowledge.Provision;
import org.lexcheck.proposal.Measure;

/**
 * Sums the measures of a checked proposal along each path of the knowledge base and holds the
 * totals against the bounds binding the state on the date. Data-driven: which measure type fills
 * which stage, and which norm bounds which total, is in {@code ontology/paths.ttl}.
 */
public final class Timelines {
    private final PersonPath.Paths paths;
    private final GroupHierarchy groups;

    public Timelines(PersonPath.Paths paths, GroupHierarchy groups) {
        this.paths = paths;
        this.groups = groups;
    }

    /** The paths on which the proposal's measures fill at least two stages, in the order of the knowledge base. */
    public List<Timeline> of(Assessment assessment) {
        List<Timeline> out = new ArrayList<>();
        List<Measure> measures =
                assessment.measures().stream().map(MeasureAssessment::measure).toList();
        for (PersonPath path : paths.paths()) {
            Filled filled = fill(path, measures);
            List<Timeline.Stage> stages = filled.stages();
            // One stage alone adds nothing up: its measure's own norms check it.
            if (stages.size() < 2) continue;
            BigDecimal total = filled.total();
            List<Timeline.BoundCheck> checks = new ArrayList<>();
            for (PersonPath.Bound bound : paths.boundsOn(path)) {
                if (!binds(bound.norm(), path.person(), assessment)) continue;
                List<Timeline.Stage> covered =
                        stages.stream().filter(s -> bound.covers(s.stage())).toList();
                if (covered.isEmpty()) continue;
                checks.add(check(bound, covered, assessment));
            }
            out.add(new Timeline(path, filled.nationality(), stages, total, checks));
        }
        return out;
    }

    /**
     * For each stage, the measure that sets the longest time among those that reach the person in
     * that stage. One person has one nationality: where measures name nationalities, the stages
     * are filled for each nationality named (a measure that names none reaches every one) and for
     * a person of a nationality none names, and the longest total is kept (the worst case).
     */
    Filled fill(PersonPath path, List<Measure> measures) {
        java.util.TreeSet<String> named = new java.util.TreeSet<>();
        measures.forEach(m -> named.addAll(m.targets().nationalities()));
        Filled worst = fill(path, measures, null);
        for (String nationality : named) {
            Filled f = fill(path, measures, nationality);
            if (f.total().compareTo(worst.total()) > 0) worst = f;
        }
        return worst;
    }

    /** The stages filled for a person of this nationality (null: one that no measure names). */
    private Filled fill(PersonPath path, List<Measure> measures, String nationality) {
        List<Timeline.Stage> out = new ArrayList<>();
        for (PersonPath.Stage stage : path.stages()) {
            List<Candidate> candidates = new ArrayList<>();
            for (Measure m : measures) {
                if (!stage.measureTypes().contains(m.type())) continue;
                if (!(m.parameters().get(stage.parameter()) instanceof BigDecimal months)) continue;
                if (!reaches(m, stage.personAs())) continue;
                List<String> aimed = m.targets().nationalities();
                if (!aimed.isEmpty() && (nationality == null || !aimed.contains(nationality))) continue;
                candidates.add(new Candidate(m, months));
            }
            if (candidates.isEmpty()) continue;
            // The longest counts; on a tie, the first in the proposal.
            Candidate longest = candidates.get(0);
            for (Candidate c : candidates) if (c.months().compareTo(longest.months()) > 0) longest = c;
            Candidate counted = longest;
            List<String> shorter = candidates.stream()
                    .filter(c -> c != counted)
                    .map(c -> c.measure().id())
                    .toList();
            out.add(new Timeline.Stage(stage, counted.measure(), counted.months(), shorter));
        }
        BigDecimal total = out.stream().map(Timeline.Stage::months).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean aimed = out.stream()
                .anyMatch(s -> !s.measure().targets().nationalities().isEmpty());
        return new Filled(out, total, aimed ? nationality : null);
    }

    /** The stages filled for the worst-placed person, their total, and that person's nationality where it matters. */
    record Filled(List<Timeline.Stage> stages, BigDecimal total, String nationality) implements java.io.Serializable {}

    private record Candidate(Measure measure, BigDecimal months) implements java.io.Serializable {}

    /** Whether one of the measure's target groups takes in the group, and the measure does not exempt it. */
    boolean reaches(Measure m, String group) {
        if (groups.isRemovedBy(group, Set.copyOf(m.exemptions()))) return false;
        return m.targetGroups().stream().anyMatch(t -> groups.isAtOrBelow(group, t));
    }

    /**
     * Whether the bound holds for the person on the date: every instrument of its provisions
     * applies to the state, each provision applies on the date, and the person is of a group the
     * bound applies to and not of one it excludes.
     */
    private boolean binds(Norm bound, String person, Assessment assessment) {
        Set<String> applied = assessment.appliedInstruments();
        LocalDate date = assessment.referenceDate();
        for (Provision p : bound.provisions()) {
            if (!applied.contains(p.instrumentIri()) || !p.appliesOn(date)) return false;
        }
        if (bound.excludes().stream().anyMatch(e -> groups.isAtOrBelow(person, e))) return false;
        return bound.appliesTo().stream().anyMatch(a -> groups.isAtOrBelow(person, a));
    }

    private Timeline.BoundCheck check(PersonPath.Bound bound, List<Timeline.Stage> covered, Assessment assessment) {
        Limit limit = bound.norm().limits().get(0);
        BigDecimal max = BigDecimal.valueOf(limit.max());
        BigDecimal months = covered.stream().map(Timeline.Stage::months).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (months.compareTo(max) <= 0)
            return new Timeline.BoundCheck(bound, covered, months, max, Timeline.Outcome.WITHIN, null, null);
        Timeline.Outcome outcome = Timeline.Outcome.of(limit.breachKind());
        String reportedOn = alreadyReported(bound, covered, outcome.findingKind(), assessment);
        // The measure that adds most to the total gets the finding; on a tie, the earliest stage.
        Timeline.Stage largest = covered.stream()
                .max(Comparator.comparing(Timeline.Stage::months)
                        .thenComparing(s -> -s.stage().order()))
                .orElseThrow();
        return new Timeline.BoundCheck(
                bound,
                covered,
                months,
                max,
                outcome,
                reportedOn == null ? largest.measure().id() : null,
                reportedOn);
    }

    /**
     * The measure of a covered stage that already has a finding of this kind or worse under a norm
     * the bound names as holding part of the total measure by measure (a waiting period beyond two
     * years under Art 8 ECHR), or null.
     */
    private static String alreadyReported(
            PersonPath.Bound bound, List<Timeline.Stage> covered, FindingKind kind, Assessment assessment) {
        for (Timeline.Stage s : covered) {
            for (AssessedFinding f : assessment.measure(s.measure().id()).findings()) {
                if (f.kind().compareTo(kind) > 0) continue;
                if (f.norms().stream().anyMatch(n -> bound.heldBy().contains(n.iri())))
                    return s.measure().id();
            }
        }
        return null;
    }
}
