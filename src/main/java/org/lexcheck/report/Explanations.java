package org.lexcheck.report;

import org.lexcheck.assessment.Ground;
import org.lexcheck.assessment.LimitComparison;
import org.lexcheck.assessment.NarrowerGroup;
import org.lexcheck.assessment.Reason;
import org.lexcheck.knowledge.Condition;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.knowledge.Language;
import org.lexcheck.knowledge.Vocabulary;

/** The sentences that say, for one finding, what was compared, how it came out and what was assumed. */
final class Explanations {
    private final Messages messages;
    private final Vocabulary vocabulary;
    private final Language language;
    /** "measure/parameter" of the values the country facts gave, which the proposal did not state. */
    private final java.util.Set<String> derived;

    Explanations(Messages messages, Vocabulary vocabulary, Language language) {
        this(messages, vocabulary, language, java.util.Set.of());
    }

    Explanations(Messages messages, Vocabulary vocabulary, Language language, java.util.Set<String> derived) {
        this.messages = messages;
        this.vocabulary = vocabulary;
        this.language = language;
        this.derived = java.util.Set.copyOf(derived);
    }

    /** As {@link #reason(Ground, String)}, saying "the country facts give" where the value was derived for that measure. */
    String reason(Ground g, String measureType, String measureId) {
        if (g.limit() == null || !derived.contains(measureId + "/" + g.limit().parameter()))
            return reason(g, measureType);
        String sentence = reason(g, measureType);
        for (String suffix : new String[] {"", ".alt"}) {
            String proposal = messages.get("country.proposalSets" + suffix);
            if (sentence.startsWith(proposal))
                return messages.get("country.lead" + suffix) + sentence.substring(proposal.length());
        }
        return sentence;
    }

    /** What one rule compared and concluded on a measure of that type, with the assumption it made if any. */
    String reason(Ground g, String measureType) {
        String sentence = comparison(g, measureType);
        return g.assumed() == null ? sentence : sentence + " " + assumption(g.assumed(), measureType);
    }

    /** The parameter is named as the language names it. */
    private String comparison(Ground g, String measureType) {
        String key = "reason." + g.reason().name();
        if (g.reason() == Reason.MEASURE_BARRED && g.kind() == FindingKind.RISK) key = "reason.MEASURE_AT_RISK";
        LimitComparison l = g.limit();
        if (g.safeguard() != null) return messages.get(key, g.safeguard(), label(g.safeguard()));
        if (l == null) return messages.get(key);
        String parameter = vocabulary.parameterLabel(measureType, l.parameter(), language);
        if (g.reason() == Reason.COMPARATOR_NOT_STATED) {
            String comparator = vocabulary.parameterLabel(measureType, l.timesParameter(), language);
            return messages.get(key, parameter, value(l.proposed(), l.unit()), bound(l), comparator);
        }
        if (g.reason() == Reason.CUMULATIVE_CEILING_EXCEEDED) {
            return messages.get(
                    key, parameter, value(l.proposed(), l.unit()), bound(l), String.join(", ", l.addedMeasures()));
        }
        return messages.get(key, parameter, value(l.proposed(), l.unit()), bound(l));
    }

    /** "This holds if seriousThreat (...) is true, which the proposal does not state." */
    String assumption(Condition c, String measureType) {
        return String.join(
                " ",
                c.parts().stream()
                        .map(p -> messages.get(
                                switch (p.operator()) {
                                    case EQUALS -> "assumption.equals";
                                    case NOT_EQUALS -> "assumption.notEquals";
                                    case AT_MOST -> "assumption.atMost";
                                },
                                p.parameter(),
                                p.value(),
                                vocabulary.parameterLabel(measureType, p.parameter(), language)))
                        .toList());
    }

    /** "when preDeparture is true" */
    String condition(Condition c) {
        return String.join(
                ", ",
                c.parts().stream()
                        .map(p -> messages.get(
                                switch (p.operator()) {
                                    case EQUALS -> "option.when";
                                    case NOT_EQUALS -> "option.whenNot";
                                    case AT_MOST -> "option.whenAtMost";
                                },
                                p.parameter(),
                                p.value()))
                        .toList());
    }

    /** "The norm reaches the measure through REFUGEE (Refugee), a group within THIRD_COUNTRY_NATIONAL (...)." */
    String narrower(NarrowerGroup g) {
        return messages.get("reach.narrower", label(g.group()), g.group(), label(g.within()), g.within());
    }

    /** "at most 24 months", "at least 3 months", "true". */
    String bound(LimitComparison l) {
        if (l.required() != null) return String.valueOf(l.required());
        if (l.allowed() != null) return messages.get("bound.oneOf", String.join(", ", l.allowed()));
        if (l.justifyAbove() != null) return messages.get("bound.justifyAbove", value(l.justifyAbove(), l.unit()));
        if (l.timesParameter() != null) {
            String relative = relativeBound(l.maxTimes(), l.timesParameter(), l.strict());
            return l.max() == null ? relative : relative + " (" + value(l.max(), l.unit()) + ")";
        }
        return bound(l.min(), l.max(), l.strict(), l.unit());
    }

    /** "at most 1 times nationalFeeEur", "below 8 times nationalFeeEur": a ceiling set by another amount. */
    String relativeBound(Number times, String parameter, boolean strict) {
        return messages.get(strict ? "bound.maxTimesStrict" : "bound.maxTimes", messages.number(times), parameter);
    }

    /** "to be shown proportionate above 0 EUR": an amount no law or judgment bounds. */
    String justifyBound(Number above, String unit) {
        return messages.get("option.justifyAbove", value(above, unit));
    }

    /** A numeric bound in words: "at most 24 months", "below EUR 350", "between 7 and 30 days". */
    String bound(Number min, Number max, boolean strict, String unit) {
        if (max != null && min != null) return messages.get("bound.between", value(min, unit), value(max, unit));
        String s = strict ? "Strict" : "";
        if (max != null) return messages.get("bound.max" + s, value(max, unit));
        return messages.get("bound.min" + s, value(min, unit));
    }

    private String label(String code) {
        return vocabulary.label(code).in(language);
    }

    private String value(Object v, String unit) {
        if (v == null) return "?";
        // A code or a truth value is its own word: "IRREGULAR_ENTRY", not "IRREGULAR_ENTRY CODE".
        if (unit == null || v instanceof Boolean || v instanceof String || "CODE".equals(unit))
            return messages.number(v);
        String unitWord = messages.has("unit." + unit);
        return messages.number(v) + " " + (unitWord == null ? unit : unitWord);
    }
}
