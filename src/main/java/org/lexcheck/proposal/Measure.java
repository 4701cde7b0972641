package org.lexcheck.proposal;

import java.util.List;
import java.util.Map;

/**
 * One measure of a proposal. Parameter values are {@link java.math.BigDecimal}, {@link Boolean}
 * or {@link String}, as the measure type declares.
 */
public record Measure(
        String id,
        String type,
        List<String> targetGroups,
        Map<String, Object> parameters,
        List<String> safeguards,
        List<String> exemptions,
        String description) {

    public Measure {
        targetGroups = List.copyOf(targetGroups);
        parameters = Map.copyOf(parameters);
        safeguards = List.copyOf(safeguards);
        exemptions = List.copyOf(exemptions);
    }
}
