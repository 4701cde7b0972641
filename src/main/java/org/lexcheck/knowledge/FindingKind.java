package org.lexcheck.knowledge;

/** What a finding says about a measure against one norm; ordered from worst to mildest. */
public enum FindingKind {
    CONFLICT,
    RISK,
    COMPLIANT,
    ROOM_FOR_MANOEUVRE;

    /** A conflict or a risk: something the proposal must answer for. */
    public boolean isBreach() {
        return this == CONFLICT || this == RISK;
    }
}
