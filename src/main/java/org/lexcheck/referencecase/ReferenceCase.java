package org.lexcheck.referencecase;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A reference case: a proposal, a reference date and what the report must say about it.
 * Read from one YAML file of {@code test-cases/}.
 */
public record ReferenceCase(
        String file,
        String name,
        LocalDate date,
        JsonNode proposal,
        String expectedVerdict,
        List<String> options,
        Map<String, MeasureExpectation> measures) {

    /** What must hold for one measure of the proposal. */
    public record MeasureExpectation(
            String verdict,
            List<String> cites,
            List<String> caseLaw,
            List<String> mustNotCite,
            List<FindingExpectation> findings,
            List<LimitExpectation> effectiveLimits) {}

    /**
     * A finding of this kind that cites this provision ("ECHR 8", "FRD 12(2)") must exist; with
     * {@code verifiedRemedy} set, it must (or must not) carry a remedy the engine verified.
     */
    public record FindingExpectation(String kind, String cites, Boolean verifiedRemedy) {}

    /** An effective limit on a parameter: its bound (max or min), headroom and the provision that sets it. */
    public record LimitExpectation(String parameter, Double max, Double min, Double headroom, String cites) {}
}
