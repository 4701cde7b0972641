package org.lexcheck.manoeuvre;

import java.util.List;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.knowledge.Norm;

/**
 * The strictest bound on one parameter of a measure that binds the state on the date for the
 * measure's target groups, over all legal orders, with the norm that sets it. {@code headroom}
 * is max − proposed for a ceiling, proposed − min for a floor (negative: excess; null: the
 * proposal does not state the value). {@code conditions} are bounds that a safeguard lifts or
 * brings in.
 */
public record EffectiveLimit(
        String measure,
        String parameter,
        Number proposed,
        Number min,
        Number max,
        boolean strict,
        String unit,
        Number headroom,
        FindingKind breachKind,
        Norm setBy,
        List<Condition> conditions) {

    /** A bound that depends on a safeguard: lifted by it, or applying only with it. */
    public record Condition(
            String safeguard, boolean liftedBySafeguard, Number min, Number max, FindingKind breachKind, Norm norm) {}
}
