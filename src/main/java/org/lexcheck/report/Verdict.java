package org.lexcheck.report;

import org.lexcheck.knowledge.FindingKind;

/** A measure's verdict; the order is that of the summary: CONFLICT > RISK > NOT_ASSESSED > COMPATIBLE. */
public enum Verdict {
    CONFLICT,
    RISK,
    NOT_ASSESSED,
    COMPATIBLE;

    /** Worst of the kinds of findings on one measure; NOT_ASSESSED when no norm applied. */
    static Verdict of(java.util.Collection<FindingKind> kinds) {
        if (kinds.isEmpty()) return NOT_ASSESSED;
        if (kinds.contains(FindingKind.CONFLICT)) return CONFLICT;
        if (kinds.contains(FindingKind.RISK)) return RISK;
        return COMPATIBLE;
    }

    static Verdict worst(java.util.Collection<Verdict> verdicts) {
        return verdicts.stream().min(Enum::compareTo).orElse(NOT_ASSESSED);
    }
}
