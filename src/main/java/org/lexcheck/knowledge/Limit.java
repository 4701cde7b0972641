package org.lexcheck.knowledge;

import java.util.Set;

/**
 * A bound on one parameter of a measure: a ceiling ({@code max}), a floor ({@code min}), a
 * required boolean value, or the closed list of codes allowed ({@code allowedValues}, e.g. the
 * exhaustive grounds of detention). It bites unless the measure has one of {@code unlessSafeguards},
 * and, when {@code onlyWithSafeguards} is not empty, only if the measure has all of them.
 */
public record Limit(
        String parameter,
        Double max,
        Double min,
        Boolean requiredValue,
        Set<String> allowedValues,
        String unit,
        FindingKind breachKind,
        Set<String> unlessSafeguards,
        Set<String> onlyWithSafeguards) {

    public Limit {
        allowedValues = Set.copyOf(allowedValues);
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

    public boolean isCodeList() {
        return !allowedValues.isEmpty();
    }
}
