package org.lexcheck.assessment;

import org.lexcheck.knowledge.Instrument;

/** Whether an instrument was applied to a check, and if not, why. */
public record InstrumentStatus(Instrument instrument, Status status) {
    public enum Status {
        APPLIED,
        NOT_BINDING,
        NOT_YET_APPLICABLE,
        NO_LONGER_APPLICABLE
    }

    public boolean applied() {
        return status == Status.APPLIED;
    }
}
