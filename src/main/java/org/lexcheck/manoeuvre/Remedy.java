package org.lexcheck.manoeuvre;

import java.util.List;
import org.lexcheck.proposal.Measure;

/**
 * An amendment of one measure that the engine re-checked: {@code verified} when the finding it
 * answers is gone (no longer CONFLICT or RISK) and no new conflict appeared anywhere in the
 * proposal. No changes and {@code absolute}: nothing clears the finding.
 */
public record Remedy(List<Change> changes, Measure amendedMeasure, boolean verified, boolean absolute) {

    /** One change to a measure. */
    public record Change(Kind kind, String parameter, Object value, String code) {
        public enum Kind {
            SET_PARAMETER,
            ADD_SAFEGUARD,
            EXEMPT_GROUP
        }

        static Change set(String parameter, Object value) {
            return new Change(Kind.SET_PARAMETER, parameter, value, null);
        }

        static Change add(String safeguard) {
            return new Change(Kind.ADD_SAFEGUARD, null, null, safeguard);
        }

        static Change exempt(String group) {
            return new Change(Kind.EXEMPT_GROUP, null, null, group);
        }
    }

    static Remedy none(boolean absolute) {
        return new Remedy(List.of(), null, false, absolute);
    }
}
