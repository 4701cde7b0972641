package org.lexcheck.manoeuvre;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lexcheck.assessment.Assessment;
import org.lexcheck.assessment.MeasureAssessment;
import org.lexcheck.assessment.Numbers;
import org.lexcheck.engine.MeasureFact;
import org.lexcheck.knowledge.Limit;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.knowledge.ParameterSpec;
import org.lexcheck.knowledge.Vocabulary;
import org.lexcheck.proposal.Measure;

/** Computes the effective limits of every numeric parameter of every measure of a checked proposal. */
final class EffectiveLimits {
    private EffectiveLimits() {}

    /** One bound of one norm on one measure, with whether it bites as the measure stands and its ceiling there (null: none, or a relative one that cannot be told). */
    private record Bound(Norm norm, Limit limit, boolean bites, Double ceiling) {}

    static List<EffectiveLimit> of(Assessment result, Vocabulary vocabulary) {
        List<EffectiveLimit> all = new ArrayList<>();
        for (MeasureAssessment assessed : result.measures())
            all.addAll(of(assessed.measure(), assessed.reached(), vocabulary));
        return all;
    }

    /** The effective limits on one measure from the norms that reach it: no check is needed to read them. */
    static List<EffectiveLimit> of(Measure m, List<Norm> reached, Vocabulary vocabulary) {
        List<EffectiveLimit> all = new ArrayList<>();
        var specs = vocabulary.measureTypes().get(m.type());
        if (specs == null) return all;
        MeasureFact fact = MeasureFact.of(m);
        for (ParameterSpec spec : specs.values()) {
            if (spec.type() != ParameterSpec.Type.NUMBER) continue;
            List<Bound> bounds = bounds(fact, spec.name(), reached);
            ceiling(fact, spec, bounds).ifPresent(all::add);
            floor(fact, spec, bounds).ifPresent(all::add);
        }
        return all;
    }

    private static List<Bound> bounds(MeasureFact m, String parameter, List<Norm> norms) {
        List<Bound> bounds = new ArrayList<>();
        for (Norm n : norms) {
            for (Limit l : n.limits()) {
                if (l.parameter().equals(parameter) && l.isNumeric() && m.meets(l.condition())) {
                    bounds.add(new Bound(n, l, m.isBoundBy(l), m.ceiling(l)));
                }
            }
        }
        return bounds;
    }

    private static java.util.Optional<EffectiveLimit> ceiling(MeasureFact m, ParameterSpec spec, List<Bound> bounds) {
        Comparator<Bound> strictest = Comparator.comparing((Bound b) -> b.ceiling())
                .thenComparing(b -> !b.limit().strict())
                .thenComparing(b -> b.limit().breachKind());
        var binding =
                bounds.stream().filter(b -> b.bites() && b.ceiling() != null).min(strictest);
        if (binding.isEmpty()) return java.util.Optional.empty();
        Limit l = binding.get().limit();
        Double proposed = m.number(spec.name());
        return java.util.Optional.of(new EffectiveLimit(
                m.id(),
                spec.name(),
                Numbers.number(proposed),
                null,
                Numbers.number(binding.get().ceiling()),
                l.strict(),
                l.unit(),
                proposed == null ? null : Numbers.number(binding.get().ceiling() - proposed),
                l.breachKind(),
                binding.get().norm(),
                conditions(bounds, true)));
    }

    private static java.util.Optional<EffectiveLimit> floor(MeasureFact m, ParameterSpec spec, List<Bound> bounds) {
        Comparator<Bound> strictest = Comparator.comparing(
                        (Bound b) -> -b.limit().min())
                .thenComparing(b -> !b.limit().strict())
                .thenComparing(b -> b.limit().breachKind());
        var binding = bounds.stream()
                .filter(b -> b.bites() && b.limit().min() != null)
                .min(strictest);
        if (binding.isEmpty()) return java.util.Optional.empty();
        Limit l = binding.get().limit();
        Double proposed = m.number(spec.name());
        return java.util.Optional.of(new EffectiveLimit(
                m.id(),
                spec.name(),
                Numbers.number(proposed),
                Numbers.number(l.min()),
                null,
                l.strict(),
                l.unit(),
                proposed == null ? null : Numbers.number(proposed - l.min()),
                l.breachKind(),
                binding.get().norm(),
                conditions(bounds, false)));
    }

    /** Bounds on the same side that a safeguard lifts or brings in, so the adviser sees the trade. */
    private static List<EffectiveLimit.Condition> conditions(List<Bound> bounds, boolean ceiling) {
        List<EffectiveLimit.Condition> conditions = new ArrayList<>();
        for (Bound b : bounds) {
            Limit l = b.limit();
            if ((ceiling ? l.max() : l.min()) == null) continue;
            for (String s : l.unlessSafeguards().stream().sorted().toList()) {
                conditions.add(new EffectiveLimit.Condition(
                        s, true, Numbers.number(l.min()), Numbers.number(l.max()), l.breachKind(), b.norm()));
            }
            for (String s : l.onlyWithSafeguards().stream().sorted().toList()) {
                conditions.add(new EffectiveLimit.Condition(
                        s, false, Numbers.number(l.min()), Numbers.number(l.max()), l.breachKind(), b.norm()));
            }
        }
        return conditions;
    }
}
