package org.lexcheck.engine;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.lexcheck.assessment.Numbers;
import org.lexcheck.knowledge.Condition;
import org.lexcheck.knowledge.Limit;
import org.lexcheck.proposal.Measure;

/** A measure as the rules see it: its codes as sets and its parameters split by type. */
public record MeasureFact(
        String id,
        String type,
        Set<String> targetGroups,
        Set<String> exemptions,
        Set<String> safeguards,
        Map<String, Double> numbers,
        Map<String, Boolean> booleans,
        Map<String, String> codes) {

    public static MeasureFact of(Measure m) {
        Map<String, Double> numbers = new HashMap<>();
        Map<String, Boolean> booleans = new HashMap<>();
        Map<String, String> codes = new HashMap<>();
        m.parameters().forEach((name, value) -> {
            if (value instanceof BigDecimal d) numbers.put(name, d.doubleValue());
            else if (value instanceof Boolean b) booleans.put(name, b);
            else codes.put(name, String.valueOf(value));
        });
        return new MeasureFact(
                m.id(),
                m.type(),
                Set.copyOf(m.targetGroups()),
                Set.copyOf(m.exemptions()),
                Set.copyOf(m.safeguards()),
                Map.copyOf(numbers),
                Map.copyOf(booleans),
                Map.copyOf(codes));
    }

    public boolean hasParameter(String name) {
        return numbers.containsKey(name) || booleans.containsKey(name) || codes.containsKey(name);
    }

    public Double number(String name) {
        return numbers.get(name);
    }

    public Boolean bool(String name) {
        return booleans.get(name);
    }

    public String code(String name) {
        return codes.get(name);
    }

    /** The parameter's value as the report shows it (a whole number without fraction, a boolean, a code), or null. */
    public Object value(String name) {
        if (numbers.containsKey(name)) return Numbers.number(numbers.get(name));
        if (booleans.containsKey(name)) return booleans.get(name);
        return codes.get(name);
    }

    /** The parameter's value as text ("true", "24", a code), or null when not given. */
    public String valueText(String name) {
        if (numbers.containsKey(name)) return Numbers.format(numbers.get(name));
        if (booleans.containsKey(name)) return booleans.get(name).toString();
        return codes.get(name);
    }

    /**
     * Whether a limit binds this measure: its safeguards leave it binding and its condition on
     * another parameter holds or, unstated, is assumed to hold.
     */
    public boolean isBoundBy(Limit l) {
        return l.bindsGiven(safeguards) && meets(l.condition());
    }

    /** Whether a (nullable) condition holds for this measure or, its parameter unstated, is assumed to. */
    public boolean meets(Condition c) {
        return Condition.test(c, this::valueText).applies();
    }

    /** The parts of the condition this measure leaves unstated (so they are assumed to hold), else null. */
    public Condition assumption(Condition c) {
        return Condition.test(c, this::valueText) == Condition.Outcome.UNSTATED
                ? c.unstatedParts(this::valueText)
                : null;
    }

    /** The ceiling of a limit on this measure: its max, or for a relative limit the multiple of the amount it is set by (null if unstated). */
    public Double ceiling(Limit l) {
        return l.ceiling(l.isRelative() ? number(l.timesParameter()) : null);
    }

    /** Whether the measure's value of the limit's parameter lies beyond its ceiling. */
    public boolean exceedsCeiling(Limit l) {
        Double value = number(l.parameter());
        return value != null && l.exceeds(value, ceiling(l));
    }

    /** Whether the measure's value keeps within every bound of a numeric limit that can be told. */
    public boolean meetsNumericLimit(Limit l) {
        Double value = number(l.parameter());
        return value != null && !exceedsCeiling(l) && !l.belowMin(value) && !lacksComparator(l);
    }

    /** Whether a relative limit cannot be checked because the measure does not state the amount it is set by. */
    public boolean lacksComparator(Limit l) {
        return l.isRelative() && number(l.timesParameter()) == null;
    }

    /** Whether the measure states an amount above the point from which the state must justify it. */
    public boolean needsJustification(Limit l) {
        Double value = number(l.parameter());
        return value != null && l.needsJustification(value);
    }

    public boolean has(String safeguard) {
        return safeguards.contains(safeguard);
    }
}
