package org.lexcheck.execution;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A national authority of one state and the kinds of act it performs ({@code countries/agencies.ttl}).
 * {@code name} is its English name; {@code nationalNames} its names by language tag; {@code from}
 * and {@code until} (may be null) bound the days on which it exists; {@code verification} is
 * VERIFIED, PARTLY_VERIFIED or UNVERIFIED.
 */
public record Agency(
        String iri,
        String state,
        String shortName,
        String name,
        Map<String, String> nationalNames,
        String website,
        LocalDate from,
        LocalDate until,
        List<Role> performs,
        String verification)
        implements java.io.Serializable {

    public Agency {
        nationalNames = Map.copyOf(nationalNames);
        performs = List.copyOf(performs);
    }

    /**
     * One act kind the agency performs, in the policy areas named (empty: every area), for the
     * measure types named (empty: every type), with a note where it does only part.
     */
    public record Role(String actKind, Set<String> areas, Set<String> measureTypes, Map<String, String> scopeNote)
            implements java.io.Serializable {
        public Role {
            areas = Set.copyOf(areas);
            measureTypes = Set.copyOf(measureTypes);
            scopeNote = Map.copyOf(scopeNote);
        }

        /** Whether the role answers for the act in the area, for one of the measure types (any where none is given). */
        public boolean covers(String act, String area, Set<String> types) {
            return actKind.equals(act)
                    && (areas.isEmpty() || areas.contains(area))
                    && (measureTypes.isEmpty() || types.stream().anyMatch(measureTypes::contains));
        }
    }

    /** Whether the agency exists on that day. */
    public boolean existsOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (until == null || date.isBefore(until));
    }

    /** Its name in the national language matching the report's ("nl"), else its first national name. */
    public String nationalName(String language) {
        String n = nationalNames.get(language);
        if (n != null) return n;
        return nationalNames.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(name);
    }
}
