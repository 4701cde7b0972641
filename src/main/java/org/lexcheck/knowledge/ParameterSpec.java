package org.lexcheck.knowledge;

/**
 * A parameter a measure type takes; {@code type} is NUMBER, BOOLEAN or CODE. {@code label} says
 * what it is in a language ("de wachttermijn"); where a language has none the name stands. A
 * parameter that {@code statesFact} asserts something about the world rather than a policy
 * choice (the reduced allowance still covers basic needs; the receiving state has no systemic
 * deficiencies): the report lists it among the assumptions the assessment rests on.
 */
public record ParameterSpec(String name, Type type, String unit, LocalizedText label, boolean statesFact)
        implements java.io.Serializable {
    public enum Type {
        NUMBER,
        BOOLEAN,
        CODE
    }

    public String label(Language language) {
        return label == null ? name : label.in(language, name);
    }
}
