package org.lexcheck.knowledge;

import java.util.Set;

/**
 * A bound on one parameter of a measure: a ceiling ({@code max}), a floor ({@code min}), a
 * required boolean value, or the closed list of codes allowed ({@code allowedValues}, e.g. the
 * exhaustive grounds of detention). A {@code strict} bound excludes the value itself (a fee as
 * high as one the Court held excessive is itself excessive). A limit {@code onlyWhenStated} is
 * checked only when the proposal states the parameter (an optional fee); otherwise an unstated
 * parameter is a risk. With a {@code condition} (may be null) the limit applies only where the
 * condition on another parameter applies (an entry ban's five years unless seriousThreat). It
 * binds unless the measure has one of {@code unlessSafeguards}, and, when
 * {@code onlyWithSafeguards} is not empty, only if the measure has all of them. A limit
 * {@code cumulativeWith} other norms holds the sum of its parameter on this measure and on the
 * measures those norms reach against its ceiling (a suspension on top of a waiting period). A
 * relative ceiling ({@code maxTimes} with {@code timesParameter}) is set by another amount of
 * the same measure: at most {@code maxTimes} times it (a fee against what nationals pay for a
 * comparable document); where the proposal does not state that amount it cannot be checked.
 * An amount for which neither the law nor a judgment sets a bound ({@code justifyAbove}) is
 * never compliant above that amount, only a risk: the state must show it proportionate (the
 * costs of an integration examination below what the Court held excessive).
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
        Condition condition,
        Set<String> cumulativeWith,
        Double maxTimes,
        String timesParameter,
        Double justifyAbove)
        implements java.io.Serializable {

    public Limit {
        allowedValues = Set.copyOf(allowedValues);
        unlessSafeguards = Set.copyOf(unlessSafeguards);
        onlyWithSafeguards = Set.copyOf(onlyWithSafeguards);
        cumulativeWith = Set.copyOf(cumulativeWith);
    }

    /** Whether the measure's safeguards leave this limit binding (none lifts it, all it needs are there). */
    public boolean bindsGiven(Set<String> safeguards) {
        return unlessSafeguards.stream().noneMatch(safeguards::contains) && safeguards.containsAll(onlyWithSafeguards);
    }

    public boolean isNumeric() {
        return max != null || min != null || isRelative();
    }

    /** Whether the ceiling is a multiple of another parameter of the measure. */
    public boolean isRelative() {
        return maxTimes != null && timesParameter != null;
    }

    /** The ceiling for a measure, given the value of {@code timesParameter} (null: not stated); null where there is none or it cannot be told. */
    public Double ceiling(Double comparator) {
        if (!isRelative()) return max;
        return comparator == null ? null : maxTimes * comparator;
    }

    /** Whether a proposed number lies beyond a given ceiling, strictly or not as the limit says. */
    public boolean exceeds(double value, Double ceiling) {
        return ceiling != null && (strict ? value >= ceiling : value > ceiling);
    }

    /** Whether a proposed number lies beyond the ceiling. */
    public boolean exceedsMax(double value) {
        return exceeds(value, max);
    }

    /** Whether a proposed number falls short of the floor. */
    public boolean belowMin(double value) {
        return min != null && (strict ? value <= min : value < min);
    }

    /** Whether a proposed amount lies above the point from which the state must justify it. */
    public boolean needsJustification(double value) {
        return justifyAbove != null && value > justifyAbove;
    }

    public boolean isCodeList() {
        return !allowedValues.isEmpty();
    }

    /** Whether the ceiling holds for a sum over several measures. */
    public boolean isCumulative() {
        return !cumulativeWith.isEmpty();
    }
}
