package org.lexcheck.proposal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One measure of a proposal. Parameter values are {@link java.math.BigDecimal}, {@link Boolean}
 * or {@link String}, as the measure type declares; parameters keep their input order.
 * {@code targets} says which nationalities and destination country it concerns, if any.
 */
public record Measure(
        String id,
        String type,
        List<String> targetGroups,
        Map<String, Object> parameters,
        List<String> safeguards,
        List<String> exemptions,
        String description,
        @JsonIgnore Targets targets) {

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
        targets = targets == null ? Targets.NONE : targets;
    }

    /** A measure that targets no country in particular. */
    public Measure(
            String id,
            String type,
            List<String> targetGroups,
            Map<String, Object> parameters,
            List<String> safeguards,
            List<String> exemptions,
            String description) {
        this(id, type, targetGroups, parameters, safeguards, exemptions, description, Targets.NONE);
    }

    /** The nationalities targeted, as a report shows the measure (absent when none: proposal format). */
    @JsonProperty("nationalities")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<String> nationalities() {
        return targets.nationalities();
    }

    /** The destination country, as a report shows the measure (absent when none). */
    @JsonProperty("destinationCountry")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public String destinationCountry() {
        return targets.destinationCountry();
    }

    /** The same measure with other parameter values (the country facts' derived values, a remedy). */
    public Measure withParameters(Map<String, Object> values) {
        return new Measure(id, type, targetGroups, values, safeguards, exemptions, description, targets);
    }
}
