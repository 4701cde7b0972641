package org.lexcheck.knowledge;

import java.util.Set;

/**
 * A bound on one parameter of a measure: a ceiling ({@code max}), a floor ({@code min}) or a
 * required boolean value. It bites unless the measure has one of {@code unlessSafeguards},
 * and, when {@code onlyWithSafeguards} is not empty, only if the measure has all of them.
 */
public record Limit(
        String parameter,
        Double max,
        Double min,
        Boolean requiredValue,
        String unit,
        FindingKind breachKind,
        Set<String> unlessSafeguards,
        Set<String> onlyWithSafeguards) {

    public Limit {
        unlessSafeguards = Set.copyOf(unlessSafeguards);
        onlyWithSafeguards = Set.copyOf(onlyWithSafeguards);
    }

    public boolean bitesGiven(Set<String> safeguards) {
        return unlessSafeguards.stream().noneMatch(safeguards::contains)
                && safeguards.containsAll(onlyWithSafeguards);
    }

    public boolean isNumeric() {
        return max != null || min != null;
    }
}
