package org.lexcheck.assessment;

import java.util.List;
import org.lexcheck.knowledge.Limit;

/**
 * The limit a finding compared: the proposed value (a number, a boolean, a code, or null when
 * the proposal does not state it) against the bound. For a cumulative limit {@code proposed}
 * is the sum and {@code addedMeasures} names the other measures whose values it includes. For a
 * relative ceiling, {@code maxTimes} times {@code timesParameter} sets {@code max} (null when
 * the proposal does not state that amount). {@code justifyAbove} is where an amount with no set
 * bound starts to need justification.
 */
public record LimitComparison(
        String parameter,
        Object proposed,
        Number min,
        Number max,
        boolean strict,
        Boolean required,
        List<String> allowed,
        String unit,
        List<String> addedMeasures,
        Number maxTimes,
        String timesParameter,
        Number justifyAbove) {

    public LimitComparison {
        allowed = allowed == null ? null : List.copyOf(allowed);
        addedMeasures = List.copyOf(addedMeasures);
    }

    public static LimitComparison of(Limit l, Object proposed) {
        return of(l, proposed, l.max(), List.of());
    }

    /** {@code ceiling}: the limit's max as it applies to the measure (for a relative limit, resolved). */
    public static LimitComparison of(Limit l, Object proposed, Double ceiling) {
        return of(l, proposed, ceiling, List.of());
    }

    public static LimitComparison of(Limit l, Object proposed, Double ceiling, List<String> addedMeasures) {
        return new LimitComparison(
                l.parameter(),
                proposed,
                Numbers.number(l.min()),
                Numbers.number(ceiling),
                l.strict(),
                l.requiredValue(),
                l.allowedValues().isEmpty()
                        ? null
                        : l.allowedValues().stream().sorted().toList(),
                l.unit(),
                addedMeasures,
                Numbers.number(l.maxTimes()),
                l.timesParameter(),
                Numbers.number(l.justifyAbove()));
    }
}
