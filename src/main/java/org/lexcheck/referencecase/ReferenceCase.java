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
        Map<String, MeasureExpectation> measures) {

    /** What must hold for one measure of the proposal. */
    public record MeasureExpectation(
            String verdict,
            List<String> cites,
            List<String> caseLaw,
            List<String> mustNotCite,
            List<FindingExpectation> findings) {}

    /** A finding of this kind that cites this provision ("ECHR 8", "FRD 12(2)") must exist. */
    public record FindingExpectation(String kind, String cites) {}
}
