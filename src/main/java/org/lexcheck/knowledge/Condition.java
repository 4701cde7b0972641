package org.lexcheck.knowledge;

import java.util.function.Function;

/**
 * A condition on another parameter of the measure under which a limit or a safeguard
 * requirement applies (an entry ban's five years when {@code seriousThreat} is false). One
 * semantics for both: a condition on a parameter the proposal does not state is assessed as if
 * it held, the worse branch, and the finding says so ({@link Outcome#UNSTATED}).
 */
public record Condition(String parameter, Operator operator, String value) {

    /** How the parameter's value is compared with {@code value}. */
    public enum Operator {
        EQUALS,
        NOT_EQUALS;

        /** Reads the ontology's {@code lx:whenOperator}; absent means EQUALS. */
        public static Operator of(String name) {
            return name == null ? EQUALS : valueOf(name);
        }
    }

    /** Whether the condition holds for a measure, fails, or cannot be told because the parameter is not stated. */
    public enum Outcome {
        HOLDS,
        FAILS,
        UNSTATED;

        /** Whether the element the condition guards is assessed: it holds, or the worse branch is assumed. */
        public boolean applies() {
            return this != FAILS;
        }
    }

    /** {@code valueOf} gives a parameter's value as text ("true", "24", a code) or null when not stated. */
    public Outcome test(Function<String, String> valueOf) {
        String actual = valueOf.apply(parameter);
        if (actual == null) return Outcome.UNSTATED;
        boolean equal = value.equals(actual);
        return (operator == Operator.EQUALS) == equal ? Outcome.HOLDS : Outcome.FAILS;
    }

    /** For a nullable condition: an absent condition always holds. */
    public static Outcome test(Condition condition, Function<String, String> valueOf) {
        return condition == null ? Outcome.HOLDS : condition.test(valueOf);
    }
}
