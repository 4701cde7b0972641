package org.lexcheck.knowledge;

/** A parameter a measure type takes; {@code type} is NUMBER, BOOLEAN or CODE. */
public record ParameterSpec(String name, Type type, String unit) {
    public enum Type { NUMBER, BOOLEAN, CODE }
}
