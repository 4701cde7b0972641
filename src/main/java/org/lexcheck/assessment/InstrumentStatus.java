package org.lexcheck.assessment;

import java.time.LocalDate;
import org.lexcheck.knowledge.Instrument;

/**
 * Whether an instrument was applied to a check, and if not, why. {@code bindingFrom} is, for
 * NOT_YET_BINDING, the day from which the state is bound (null otherwise).
 */
public record InstrumentStatus(Instrument instrument, Status status, LocalDate bindingFrom) {
    public enum Status {
        APPLIED,
        /** The state is not bound: not a member, opt-out, not ratified, withdrawn. */
        NOT_BINDING,
        /** The state is bound only from a later day: the treaty's entry into force for it, a later opt-in. */
        NOT_YET_BINDING,
        NOT_YET_APPLICABLE,
        NO_LONGER_APPLICABLE
    }

    public InstrumentStatus(Instrument instrument, Status status) {
        this(instrument, status, null);
    }

    public boolean applied() {
        return status == Status.APPLIED;
    }
}
