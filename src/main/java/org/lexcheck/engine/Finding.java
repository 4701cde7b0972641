package org.lexcheck.engine;

import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.knowledge.Limit;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.knowledge.SafeguardRequirement;

/**
 * What one rule concluded about one measure against one norm. Rules insert these; the report
 * merges all findings on the same measure and norm into one.
 */
public record Finding(
        String measureId,
        String normIri,
        FindingKind kind,
        Reason reason,
        String rule,
        LimitComparison limit,
        String safeguard) {

    /** A stable order of findings (the session returns them in no fixed order). */
    public static final java.util.Comparator<Finding> ORDER = java.util.Comparator.comparing(Finding::measureId)
            .thenComparing(Finding::normIri).thenComparing(Finding::kind).thenComparing(Finding::rule)
            .thenComparing(f -> (f.safeguard() == null ? "" : f.safeguard()) + (f.limit() == null ? ""
                    : f.limit().parameter() + " " + f.limit().min() + " " + f.limit().max() + " " + f.limit().required()));

    /** The kind to report when a norm is met: permissions leave room, other norms are complied with. */
    public static FindingKind metKind(Norm n) {
        return n.isPermission() ? FindingKind.ROOM_FOR_MANOEUVRE : FindingKind.COMPLIANT;
    }

    public static Finding limit(String rule, MeasureFact m, Norm n, Limit l, Reason reason) {
        FindingKind kind = switch (reason) {
            case LIMIT_MET -> metKind(n);
            case PARAMETER_NOT_STATED -> FindingKind.RISK;
            default -> l.breachKind();
        };
        return new Finding(m.id(), n.iri(), kind, reason, rule, LimitComparison.of(l, m), null);
    }

    public static Finding safeguard(String rule, MeasureFact m, Norm n, SafeguardRequirement s, boolean present) {
        return present
                ? new Finding(m.id(), n.iri(), metKind(n), Reason.SAFEGUARD_PRESENT, rule, null, s.safeguard())
                : new Finding(m.id(), n.iri(), s.breachKind(), Reason.SAFEGUARD_MISSING, rule, null, s.safeguard());
    }

    public static Finding norm(String rule, MeasureFact m, Norm n, Reason reason) {
        FindingKind kind = switch (reason) {
            case MEASURE_BARRED -> n.breachKind();
            case PERMISSION_USED -> FindingKind.ROOM_FOR_MANOEUVRE;
            default -> metKind(n);
        };
        return new Finding(m.id(), n.iri(), kind, reason, rule, null, null);
    }

    /** For rules that compare a limit with a value computed over several measures. */
    public static Finding computed(String rule, MeasureFact m, Norm n, Limit l, double total, Reason reason) {
        return new Finding(m.id(), n.iri(), l.breachKind(), reason, rule, LimitComparison.of(l, Limits.number(total)), null);
    }
}
