package org.lexcheck.referencecase;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lexcheck.assessment.NotAssessed;
import org.lexcheck.knowledge.FindingKind;
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
        Map<String, MeasureExpectation> measures,
        boolean withPending) {

    /** What must hold for one measure of the proposal; {@code reason}: why a NOT_ASSESSED measure has no finding. */
    public record MeasureExpectation(
            Verdict verdict,
            NotAssessed.Reason reason,
            List<CitationRef> cites,
            List<String> caseLaw,
            List<CitationRef> mustNotCite,
            List<FindingExpectation> findings,
            List<LimitExpectation> effectiveLimits) {}

    /**
     * A finding of this kind that cites this provision must exist; with {@code verifiedRemedy}
     * set, it must (or must not) carry a remedy the engine verified; with {@code assumes}, it must
     * say that it assumed a condition on that parameter, which the proposal leaves unstated.
     */
    public record FindingExpectation(FindingKind kind, CitationRef cites, Boolean verifiedRemedy, String assumes) {}

    /** An effective limit on a parameter: its bound (max or min), headroom and the provision that sets it. */
    public record LimitExpectation(String parameter, Double max, Double min, Double headroom, CitationRef cites) {}
}
