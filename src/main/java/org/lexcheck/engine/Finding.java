package org.lexcheck.engine;

import java.util.Comparator;
import java.util.List;
import org.lexcheck.assessment.Ground;
import org.lexcheck.assessment.LimitComparison;
import org.lexcheck.assessment.Numbers;
import org.lexcheck.assessment.Reason;
import org.lexcheck.knowledge.Condition;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.knowledge.Limit;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.knowledge.SafeguardRequirement;

/**
 * What one rule concluded about one measure against one norm. Rules insert these; the
 * {@link Assessor} merges all findings on the same measure and obligation into one.
 * {@code assumed} is the condition the rule took to hold because the proposal does not state
 * its parameter.
 */
public record Finding(
        String measureId,
        String normIri,
        FindingKind kind,
        Reason reason,
        String rule,
        LimitComparison limit,
        String safeguard,
        Condition assumed) {

    /** A stable order of findings (the session returns them in no fixed order). */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::measureId)
            .thenComparing(Finding::normIri)
            .thenComparing(Finding::kind)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::detail);

    /** The kind to report when a norm is met: permissions leave room, other norms are complied with. */
    public static FindingKind metKind(Norm n) {
        return n.isPermission() ? FindingKind.ROOM_FOR_MANOEUVRE : FindingKind.COMPLIANT;
    }

    public static Finding limit(String rule, MeasureFact m, Norm n, Limit l, Reason reason) {
        FindingKind kind = switch (reason) {
            case LIMIT_MET -> metKind(n);
            case PARAMETER_NOT_STATED, COMPARATOR_NOT_STATED, AMOUNT_TO_BE_JUSTIFIED -> FindingKind.RISK;
            default -> l.breachKind();
        };
        return new Finding(
                m.id(),
                n.iri(),
                kind,
                reason,
                rule,
                LimitComparison.of(l, m.value(l.parameter()), m.ceiling(l)),
                null,
                m.assumption(l.condition()));
    }

    public static Finding safeguard(String rule, MeasureFact m, Norm n, SafeguardRequirement s, boolean present) {
        Condition assumed = m.assumption(s.condition());
        return present
                ? new Finding(m.id(), n.iri(), metKind(n), Reason.SAFEGUARD_PRESENT, rule, null, s.safeguard(), assumed)
                : new Finding(
                        m.id(), n.iri(), s.breachKind(), Reason.SAFEGUARD_MISSING, rule, null, s.safeguard(), assumed);
    }

    public static Finding norm(String rule, MeasureFact m, Norm n, Reason reason) {
        FindingKind kind = switch (reason) {
            case MEASURE_BARRED -> n.breachKind();
            case PERMISSION_USED -> FindingKind.ROOM_FOR_MANOEUVRE;
            default -> metKind(n);
        };
        return new Finding(m.id(), n.iri(), kind, reason, rule, null, null, null);
    }

    /**
     * A cumulative ceiling exceeded: the measure's own value plus the largest value of the
     * parameter among {@code others} (measures reached by the norms the limit adds up with).
     */
    /** A cumulative limit exceeded by the measure's own value together with {@code longest}, the largest other. */
    public static Finding cumulative(String rule, MeasureFact m, Norm n, Limit l, Longest.Valued longest) {
        double total = m.number(l.parameter()) + longest.value();
        return new Finding(
                m.id(),
                n.iri(),
                l.breachKind(),
                Reason.CUMULATIVE_CEILING_EXCEEDED,
                rule,
                LimitComparison.of(
                        l,
                        Numbers.number(total),
                        l.max(),
                        List.of(longest.measure().id())),
                null,
                m.assumption(l.condition()));
    }

    /**
     * Whether a cumulative limit is exceeded by the measure's own value plus the largest among the
     * others ({@code longest}, null when none states a value), while its own value keeps within it.
     */
    public static boolean exceedsTogether(MeasureFact m, Limit l, Longest.Valued longest) {
        Double own = m.number(l.parameter());
        if (own == null || longest == null || l.exceedsMax(own)) return false;
        return l.exceedsMax(own + longest.value());
    }

    /** The finding as one reason of a merged finding. */
    public Ground ground() {
        return new Ground(normIri, kind, reason, rule, limit, safeguard, assumed);
    }

    private String detail() {
        return (safeguard == null ? "" : safeguard)
                + (limit == null
                        ? ""
                        : limit.parameter() + " " + limit.min() + " " + limit.max() + " " + limit.required() + " "
                                + limit.proposed() + " " + limit.allowed())
                + (assumed == null ? "" : " " + assumed);
    }
}
