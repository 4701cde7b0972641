package org.lexcheck.engine;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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
        return new MeasureFact(m.id(), m.type(), Set.copyOf(m.targetGroups()), Set.copyOf(m.exemptions()),
                Set.copyOf(m.safeguards()), Map.copyOf(numbers), Map.copyOf(booleans), Map.copyOf(codes));
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

    /** The parameter's value as text ("true", "24", a code), or null when not given. */
    public String valueText(String name) {
        if (numbers.containsKey(name)) return Limits.format(numbers.get(name));
        if (booleans.containsKey(name)) return booleans.get(name).toString();
        return codes.get(name);
    }

    /** Whether a limit bites on this measure: its safeguards and its condition on another parameter. */
    public boolean isBitten(org.lexcheck.knowledge.Limit l) {
        return l.bitesGiven(safeguards) && l.conditionHolds(this::valueText);
    }

    public boolean has(String safeguard) {
        return safeguards.contains(safeguard);
    }
}
