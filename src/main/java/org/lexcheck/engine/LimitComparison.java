package org.lexcheck.engine;

import org.lexcheck.knowledge.Limit;

/**
 * The limit a finding compared: the proposed value (a number, a boolean, or null when the
 * proposal does not state it) against the bound.
 */
public record LimitComparison(String parameter, Object proposed, Number min, Number max, boolean strict, Boolean required,
        java.util.List<String> allowed, String unit) {

    public static LimitComparison of(Limit l, MeasureFact m) {
        Object proposed = m.number(l.parameter()) != null ? Limits.number(m.number(l.parameter()))
                : m.bool(l.parameter()) != null ? m.bool(l.parameter()) : m.code(l.parameter());
        return of(l, proposed);
    }

    public static LimitComparison of(Limit l, Object proposed) {
        return new LimitComparison(l.parameter(), proposed, Limits.number(l.min()), Limits.number(l.max()), l.strict(), l.requiredValue(),
                l.allowedValues().isEmpty() ? null : l.allowedValues().stream().sorted().toList(), l.unit());
    }
}
