package org.lexcheck.knowledge;

import java.util.Set;

/**
 * A bound on one parameter of a measure: a ceiling ({@code max}), a floor ({@code min}), a
 * required boolean value, or the closed list of codes allowed ({@code allowedValues}, e.g. the
 * exhaustive grounds of detention). A {@code strict} bound excludes the value itself (a fee as
 * high as one the Court held excessive is itself excessive). A limit {@code onlyWhenStated} is
 * checked only when the proposal states the parameter (an optional fee); otherwise an unstated
 * parameter is a risk. With {@code whenParameter} set, the limit applies only when that other
 * parameter has the value {@code whenValue} (an entry ban's five years unless seriousThreat). It bites unless the measure has one of {@code unlessSafeguards},
 * and, when {@code onlyWithSafeguards} is not empty, only if the measure has all of them.
 */
public record Limit(
        String parameter,
        Double max,
        Double min,
        boolean strict,
        Boolean requiredValue,
        Set<String> allowedValues,
        String unit,
        FindingKind breachKind,
        Set<String> unlessSafeguards,
        Set<String> onlyWithSafeguards,
        boolean onlyWhenStated,
        String whenParameter,
        String whenValue) {

    public Limit {
        allowedValues = Set.copyOf(allowedValues);
        unlessSafeguards = Set.copyOf(unlessSafeguards);
        onlyWithSafeguards = Set.copyOf(onlyWithSafeguards);
    }

    /** Whether the condition on another parameter holds, given that parameter's value as text (null: not stated). */
    public boolean conditionHolds(java.util.function.Function<String, String> valueOf) {
        if (whenParameter == null) return true;
        String value = valueOf.apply(whenParameter);
        // A flag the proposal does not state is not set.
        return whenValue.equals(value) || value == null && "false".equals(whenValue);
    }

    public boolean bitesGiven(Set<String> safeguards) {
        return unlessSafeguards.stream().noneMatch(safeguards::contains)
                && safeguards.containsAll(onlyWithSafeguards);
    }

    public boolean isNumeric() {
        return max != null || min != null;
    }

    /** Whether a proposed number lies beyond the ceiling. */
    public boolean exceedsMax(double value) {
        return max != null && (strict ? value >= max : value > max);
    }

    /** Whether a proposed number falls short of the floor. */
    public boolean belowMin(double value) {
        return min != null && (strict ? value <= min : value < min);
    }

    public boolean isCodeList() {
        return !allowedValues.isEmpty();
    }
}
