package org.lexcheck.proposal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One measure of a proposal. Parameter values are {@link java.math.BigDecimal}, {@link Boolean}
 * or {@link String}, as the measure type declares; parameters keep their input order.
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
        // Not Map.copyOf: its iteration order changes from one JVM to the next, and so would every
        // report that lists parameters (remedies, derivations). Input order is stable and readable.
        Map<String, Object> ordered = new LinkedHashMap<>();
        parameters.forEach(
                (name, value) -> ordered.put(Objects.requireNonNull(name), Objects.requireNonNull(value, name)));
        parameters = Collections.unmodifiableMap(ordered);
        safeguards = List.copyOf(safeguards);
        exemptions = List.copyOf(exemptions);
    }
}
