package org.lexcheck.assessment;

import java.util.List;
import org.lexcheck.knowledge.Provision;

/**
 * Why a measure has no finding, so that a lawyer can tell "no binding law regulates this here"
 * from "lexcheck has no rule for this". The verdict stays NOT_ASSESSED in every case: an absence
 * of encoded law is never compliance. {@code instruments} are, for NOT_BINDING_HERE, the
 * instruments whose norms regulate the measure type elsewhere, with why they do not apply here;
 * {@code laterProvisions}, for NOT_YET_APPLICABLE_HERE, the provisions that apply only later.
 */
public record NotAssessed(Reason reason, List<InstrumentStatus> instruments, List<Provision> laterProvisions) {

    public NotAssessed {
        instruments = List.copyOf(instruments);
        laterProvisions = List.copyOf(laterProvisions);
    }

    /** A reason that names no instrument or provision. */
    public static NotAssessed because(Reason reason) {
        return new NotAssessed(reason, List.of(), List.of());
    }

    /** The cases, from "lexcheck knows nothing of this" to "the law it holds is silent on it". */
    public enum Reason {
        /** The measure type is not in the vocabulary: lexcheck has no rule for it. */
        UNKNOWN_MEASURE_TYPE,
        /** The type is known but no norm of the knowledge base regulates it: lexcheck has no rule for it. */
        NO_NORM_FOR_TYPE,
        /** Norms regulate the type, but none of their instruments binds the state and applies on the date. */
        NOT_BINDING_HERE,
        /** The instruments apply, but the provisions that regulate the type apply only from a later date. */
        NOT_YET_APPLICABLE_HERE,
        /** Norms in force regulate the type, but none concerns the measure's target groups (after exclusions and exemptions). */
        NOT_REACHED,
        /** Norms reach the measure, but none of their checks applies to what it states. */
        NO_CHECK_APPLIES
    }
}
