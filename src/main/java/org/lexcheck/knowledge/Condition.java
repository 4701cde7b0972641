package org.lexcheck.knowledge;

import java.util.function.Function;

/**
 * A condition on another parameter of the measure under which a limit or a safeguard
 * requirement applies (an entry ban's five years when {@code seriousThreat} is false). One
 * semantics for both: a condition on a parameter the proposal does not state is assessed as if
 * it held, the worse branch, and the finding says so ({@link Outcome#UNSTATED}). A condition may
 * require a further one ({@code and}, null if none): the mandatory border procedure binds while the
 * adequate capacity is not reached and the nationality is within the 20 % ground.
 */
public record Condition(String parameter, Operator operator, String value, Condition and)
        implements java.io.Serializable {

    public Condition(String parameter, Operator operator, String value) {
        this(parameter, operator, value, null);
    }

    /** How the parameter's value is compared with {@code value}. */
    public enum Operator {
        EQUALS,
        NOT_EQUALS,
        /** The parameter's number is at most the value (a recognition rate of 20 % or lower). */
        AT_MOST;

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

    /**
     * {@code valueOf} gives a parameter's value as text ("true", "24", a code) or null when not stated.
     * With a further condition: fails if either fails, else unstated if either is, else holds.
     */
    public Outcome test(Function<String, String> valueOf) {
        Outcome own = testOwn(valueOf);
        if (and == null || own == Outcome.FAILS) return own;
        Outcome rest = and.test(valueOf);
        if (rest == Outcome.FAILS) return Outcome.FAILS;
        return own == Outcome.UNSTATED || rest == Outcome.UNSTATED ? Outcome.UNSTATED : Outcome.HOLDS;
    }

    private Outcome testOwn(Function<String, String> valueOf) {
        String actual = valueOf.apply(parameter);
        if (actual == null) return Outcome.UNSTATED;
        boolean holds = switch (operator) {
            case EQUALS -> value.equals(actual);
            case NOT_EQUALS -> !value.equals(actual);
            case AT_MOST -> new java.math.BigDecimal(actual).compareTo(new java.math.BigDecimal(value)) <= 0;
        };
        return holds ? Outcome.HOLDS : Outcome.FAILS;
    }

    /** This condition and the further ones, each on its own. */
    public java.util.List<Condition> parts() {
        java.util.List<Condition> parts = new java.util.ArrayList<>();
        for (Condition c = this; c != null; c = c.and()) parts.add(new Condition(c.parameter, c.operator, c.value));
        return parts;
    }

    /** The parts whose parameter the proposal does not state, chained again; null if none. */
    public Condition unstatedParts(Function<String, String> valueOf) {
        Condition chain = null;
        java.util.List<Condition> parts = parts();
        for (int i = parts.size() - 1; i >= 0; i--) {
            Condition p = parts.get(i);
            if (valueOf.apply(p.parameter()) == null) chain = new Condition(p.parameter, p.operator, p.value, chain);
        }
        return chain;
    }

    /** For a nullable condition: an absent condition always holds. */
    public static Outcome test(Condition condition, Function<String, String> valueOf) {
        return condition == null ? Outcome.HOLDS : condition.test(valueOf);
    }
}
