package org.lexcheck.knowledge;

/**
 * A parameter a measure type takes; {@code type} is NUMBER, BOOLEAN or CODE. {@code label} says
 * what it is in a language ("de wachttermijn"); where a language has none the name stands.
 */
public record ParameterSpec(String name, Type type, String unit, LocalizedText label) {
    public enum Type {
        NUMBER,
        BOOLEAN,
        CODE
    }

    public String label(Language language) {
        return label == null ? name : label.in(language, name);
    }
}
