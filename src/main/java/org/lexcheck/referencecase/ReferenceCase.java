package org.lexcheck.referencecase;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lexcheck.assessment.NotAssessed;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.obligation.ProposalObligations;
import org.lexcheck.report.Verdict;
import tools.jackson.databind.JsonNode;

/**
 * A reference case: a proposal, a reference date and what the report must say about it.
 * Read from one YAML file of {@code test-cases/}; verdicts, kinds and citations are parsed when
 * it loads, so that a typo fails with the file's name.
 */
public record ReferenceCase(
        String file,
        String name,
        LocalDate date,
        JsonNode proposal,
        Verdict expectedVerdict,
        List<CitationRef> options,
        List<ObligationExpectation> obligations,
        List<AlternativeExpectation> alternatives,
        Map<String, MeasureExpectation> measures,
        List<TimelineExpectation> timelines,
        boolean withPending,
        SideBySideExpectation sideBySide,
        MovedExpectation moved) {

    /**
     * The proposal checked for {@code states} side by side on the case's date: each cell listed must
     * have that verdict, and where {@code differs} is given ({@code verdict}, {@code grounds} or
     * {@code none}) the cell must differ so from the first state, naming {@code instrument} if given.
     */
    public record SideBySideExpectation(List<String> states, List<CellExpectation> cells) {}

    public record CellExpectation(
            String measure, String jurisdiction, Verdict verdict, String differs, String instrument) {}

    /**
     * The report on the case's date compared with the report on {@code date} (the same proposal and
     * version): each listed finding must have moved from a provision to its successor, and none of
     * them may count as resolved.
     */
    public record MovedExpectation(LocalDate date, List<MoveExpectation> findings) {}

    public record MoveExpectation(String measure, CitationRef from, CitationRef to) {}

    /**
     * For a conflicting measure: an alternative of this type must be listed (with {@code needs}, one
     * that names that fact), or, with {@code none}, no alternative may pass and the report must say why.
     */
    public record AlternativeExpectation(String measure, String type, String needs, boolean none) {}

    /** An obligation of the state citing this provision must be listed in the report with this status. */
    public record ObligationExpectation(CitationRef cites, ProposalObligations.Status status) {}

    /** What must hold for one measure of the proposal; {@code reason}: why a NOT_ASSESSED measure has no finding. */
    public record MeasureExpectation(
            Verdict verdict,
            NotAssessed.Reason reason,
            List<CitationRef> cites,
            List<String> caseLaw,
            List<CitationRef> mustNotCite,
            List<FindingExpectation> findings,
            List<LimitExpectation> effectiveLimits,
            List<ActExpectation> acts) {}

    /**
     * A finding of this kind that cites this provision must exist; with {@code verifiedRemedy}
     * set, it must (or must not) carry a remedy the engine verified; with {@code assumes}, it must
     * say that it assumed a condition on that parameter, which the proposal leaves unstated.
     */
    public record FindingExpectation(FindingKind kind, CitationRef cites, Boolean verifiedRemedy, String assumes) {}

    /**
     * A cumulative timeline for the person of this group: {@code absent} true when the report must
     * have none; {@code measures}, the measures counted in stage order; the total; bounds that must
     * be there, and provisions no bound on it may cite.
     */
    public record TimelineExpectation(
            String person,
            boolean absent,
            Double totalMonths,
            List<String> measures,
            List<BoundExpectation> bounds,
            List<CitationRef> notBound) {}

    /** A bound on a timeline citing this provision, with its outcome, total, and where the finding is. */
    public record BoundExpectation(
            CitationRef cites, String outcome, Double months, String finding, String reportedOn) {}

    /** An effective limit on a parameter: its bound (max or min), headroom and the provision that sets it. */
    public record LimitExpectation(String parameter, Double max, Double min, Double headroom, CitationRef cites) {}

    /**
     * A kind of implementing act the measure's findings must demand (the report's {@code execution}):
     * with {@code count}, exactly that many times; with {@code agency}, performed by the agency of
     * that short name ({@code none}: no agency recorded); with {@code safeguard}, demanded by it.
     */
    public record ActExpectation(String act, Integer count, String agency, String safeguard) {}
}
