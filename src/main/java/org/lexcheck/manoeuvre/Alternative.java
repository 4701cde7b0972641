package org.lexcheck.manoeuvre;

import java.util.List;
import org.lexcheck.knowledge.AlternativeDesign;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.proposal.Measure;

/**
 * A measure of another type that pursues the same aim as a conflicting one and passes the law for
 * the state and date, re-checked on the whole proposal: the design it follows, the measure as
 * checked (its bounds set at the effective limits), whether it still carries a risk, the norms that
 * permit it or set the bounds it is held to, and the facts it needs the state to have (a Council
 * authorisation, a destination not found unsafe), as parameter and value.
 */
public record Alternative(
        AlternativeDesign design, Measure measure, boolean risk, List<Norm> permittedBy, List<Need> needs) {

    /** A fact-stating parameter the design relies on, and the value it must have. */
    public record Need(String parameter, Object value) {}

    public Alternative {
        permittedBy = List.copyOf(permittedBy);
        needs = List.copyOf(needs);
    }

    /**
     * The alternatives to one conflicting measure: its aims, the designs that pass (closest first,
     * at most {@link AlternativeFinder#MAX_ALTERNATIVES}), and, where none passes, whether an absolute
     * prohibition is the reason ({@code absolute}) and how many designs were tried.
     */
    public record ForMeasure(
            String measure, List<String> aims, List<Alternative> passing, boolean absolute, int tried) {
        public ForMeasure {
            aims = List.copyOf(aims);
            passing = List.copyOf(passing);
        }
    }
}
