package org.lexcheck.report;

import org.lexcheck.engine.Finding;
import org.lexcheck.engine.LimitComparison;
import org.lexcheck.knowledge.Vocabulary;

/** The sentence that says, for one finding, what was compared and how it came out. */
final class Explanations {
    private final Messages messages;
    private final Vocabulary vocabulary;
    private final String language;

    Explanations(Messages messages, Vocabulary vocabulary, String language) {
        this.messages = messages;
        this.vocabulary = vocabulary;
        this.language = language;
    }

    /** The sentence for one finding on a measure of that type; the parameter is named as the language names it. */
    String reason(Finding f, String measureType) {
        String key = "reason." + f.reason().name();
        if (f.reason() == org.lexcheck.engine.Reason.MEASURE_BARRED && f.kind() == org.lexcheck.knowledge.FindingKind.RISK) {
            key = "reason.MEASURE_AT_RISK";
        }
        LimitComparison l = f.limit();
        if (f.safeguard() != null) {
            return messages.get(key, f.safeguard(), vocabulary.label(f.safeguard()).in(language));
        }
        if (l == null) return messages.get(key);
        return messages.get(key, vocabulary.parameterLabel(measureType, l.parameter(), language), value(l.proposed(), l.unit()), bound(l));
    }

    /** "at most 24 months", "at least 3 months", "true". */
    String bound(LimitComparison l) {
        if (l.required() != null) return String.valueOf(l.required());
        if (l.allowed() != null) return messages.get("bound.oneOf", String.join(", ", l.allowed()));
        return bound(l.min(), l.max(), l.strict(), l.unit());
    }

    /** A numeric bound in words: "at most 24 months", "below EUR 350", "between 7 and 30 days". */
    String bound(Number min, Number max, boolean strict, String unit) {
        if (max != null && min != null) return messages.get("bound.between", value(min, unit), value(max, unit));
        String s = strict ? "Strict" : "";
        if (max != null) return messages.get("bound.max" + s, value(max, unit));
        return messages.get("bound.min" + s, value(min, unit));
    }

    private String value(Object v, String unit) {
        if (v == null) return "?";
        if (unit == null || v instanceof Boolean) return messages.number(v);
        String unitWord = messages.has("unit." + unit);
        return messages.number(v) + " " + (unitWord == null ? unit : unitWord);
    }
}
