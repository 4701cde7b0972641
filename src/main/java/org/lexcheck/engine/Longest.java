package org.lexcheck.engine;

import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.Serializable;
import java.util.Comparator;
import java.util.TreeMap;
import org.kie.api.runtime.rule.AccumulateFunction;
import org.lexcheck.knowledge.Limit;

/**
 * An accumulate function for the rules: of the measures it is given, each with its value of a limit's
 * parameter ({@link #of}), the one with the largest value (the last id among equals), or null. It
 * keeps the values ordered, so that a measure coming or going costs a logarithm, not a pass over all
 * of them: when a remedy changes one of many measures joined by a cumulative limit, the rule holding
 * the others together is updated, not recomputed.
 */
public final class Longest implements AccumulateFunction<Longest.Values> {
    /** A measure with its value of the limit's parameter. */
    public record Valued(MeasureFact measure, double value) {}

    private static final Comparator<Valued> ORDER = Comparator.comparingDouble(Valued::value)
            .thenComparing(v -> v.measure().id());

    /**
     * The measure with its value of the limit's parameter; the rule passes only measures that state
     * one. Never null: Drools cannot take back a null it accumulated (it throws when the fact goes),
     * so an unstated value counts as minus infinity, which makes no sum exceed.
     */
    public static Valued of(MeasureFact measure, Limit limit) {
        Double value = measure.number(limit.parameter());
        return new Valued(measure, value == null ? Double.NEGATIVE_INFINITY : value);
    }

    /** The values accumulated, with how many times each came (one measure may be reached by several norms). */
    public static final class Values implements Serializable {
        private final TreeMap<Valued, Integer> counts = new TreeMap<>(ORDER);
    }

    @Override
    public Values createContext() {
        return new Values();
    }

    @Override
    public void init(Values context) {
        context.counts.clear();
    }

    @Override
    public void accumulate(Values context, Object value) {
        if (value instanceof Valued v) context.counts.merge(v, 1, Integer::sum);
    }

    @Override
    public void reverse(Values context, Object value) {
        if (value instanceof Valued v) context.counts.computeIfPresent(v, (k, n) -> n == 1 ? null : n - 1);
    }

    @Override
    public Object getResult(Values context) {
        return context.counts.isEmpty() ? null : context.counts.lastKey();
    }

    @Override
    public boolean supportsReverse() {
        return true;
    }

    @Override
    public Class<?> getResultType() {
        return Valued.class;
    }

    @Override
    public void writeExternal(ObjectOutput out) {}

    @Override
    public void readExternal(ObjectInput in) {}
}
