package org.lexcheck.report;

import java.util.ArrayList;
import java.util.List;
import org.lexcheck.assessment.Numbers;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.knowledge.Language;
import org.lexcheck.knowledge.Limit;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.knowledge.SafeguardRequirement;
import org.lexcheck.knowledge.Vocabulary;
import org.lexcheck.manoeuvre.EffectiveLimit;
import org.lexcheck.manoeuvre.Remedy;

/** The report's sentences for room for manoeuvre: conditions, bounds of options, remedies. */
final class ManoeuvreTexts {
    private final Messages messages;
    private final Explanations explanations;
    private final Vocabulary vocabulary;
    private final Citations citations;
    private final Language language;

    ManoeuvreTexts(
            Messages messages,
            Explanations explanations,
            Vocabulary vocabulary,
            Citations citations,
            Language language) {
        this.messages = messages;
        this.explanations = explanations;
        this.vocabulary = vocabulary;
        this.citations = citations;
        this.language = language;
    }

    String condition(EffectiveLimit.Condition c, String unit) {
        String bound = explanations.bound(c.min(), c.max(), false, unit);
        String key = c.liftedBySafeguard() ? "condition.lifted" : "condition.onlyWith";
        return messages.get(
                key,
                c.safeguard(),
                label(c.safeguard()),
                bound,
                messages.get("kind." + c.breachKind().name()),
                citations.text(c.norm().provisions()));
    }

    /** The bounds and conditions of a permission, in one line: "months: at most 24; requires HARDSHIP_CLAUSE". */
    String optionBounds(Norm n) {
        List<String> parts = new ArrayList<>();
        for (Limit l : n.limits()) {
            String what = l.requiredValue() != null
                    ? String.valueOf(l.requiredValue())
                    : l.isCodeList()
                            ? messages.get(
                                    "bound.oneOf",
                                    String.join(
                                            ", ",
                                            l.allowedValues().stream().sorted().toList()))
                            : l.justifyAbove() != null
                                    ? explanations.justifyBound(Numbers.number(l.justifyAbove()), l.unit())
                                    : l.isRelative()
                                            ? explanations.relativeBound(
                                                    Numbers.number(l.maxTimes()), l.timesParameter(), l.strict())
                                            : explanations.bound(l.min(), l.max(), l.strict(), l.unit());
            String p = l.parameter() + ": " + what;
            // A bound whose breach is only a risk (a figure the law's text was not seen to set, a
            // margin a court left open) must not read like the hard bound beside it.
            if (l.breachKind() == FindingKind.RISK) p += " " + messages.get("option.riskBeyond");
            if (l.condition() != null) p += " " + explanations.condition(l.condition());
            if (!l.unlessSafeguards().isEmpty())
                p += " "
                        + messages.get(
                                "option.unless",
                                String.join(
                                        ", ",
                                        l.unlessSafeguards().stream().sorted().toList()));
            if (!l.onlyWithSafeguards().isEmpty())
                p += " "
                        + messages.get(
                                "option.onlyWith",
                                String.join(
                                        ", ",
                                        l.onlyWithSafeguards().stream().sorted().toList()));
            parts.add(p);
        }
        for (SafeguardRequirement r : n.safeguardRequirements()) {
            String p = messages.get("option.requires", r.safeguard());
            if (r.condition() != null) p += " " + explanations.condition(r.condition());
            parts.add(p);
        }
        return parts.isEmpty()
                ? messages.get("option.noBounds")
                : String.join("; ", parts.stream().distinct().toList());
    }

    String remedy(Remedy r) {
        if (r.changes().isEmpty()) return messages.get(r.absolute() ? "remedy.noneAbsolute" : "remedy.none");
        List<String> parts = new ArrayList<>();
        for (Remedy.Change c : r.changes()) {
            parts.add(
                    switch (c.kind()) {
                        case SET_PARAMETER ->
                            messages.get("remedy.set", parameter(r, c.parameter()), messages.number(c.value()));
                        case ADD_SAFEGUARD -> messages.get("remedy.add", c.code(), label(c.code()));
                        case EXEMPT_GROUP -> messages.get("remedy.exempt", c.code(), label(c.code()));
                    });
        }
        String text = String.join(" ", parts);
        return r.verified()
                ? text + " " + messages.get("remedy.verified")
                : text + " " + messages.get("remedy.notEnough");
    }

    /** "months" in English; "de wachttermijn (months)" where the language has a name for it, so the input field stays visible. */
    private String parameter(Remedy r, String name) {
        if (r.amendedMeasure() == null) return name;
        String label = vocabulary.parameterLabel(r.amendedMeasure().type(), name, language);
        return label.equals(name) ? name : label + " (" + name + ")";
    }

    private String label(String code) {
        return vocabulary.label(code).in(language);
    }
}
