package org.lexcheck.execution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the ontology says about execution: the closed list of act kinds, the acts each safeguard
 * (by code) and each norm (by IRI) demands, and the agencies per state. Read once per knowledge
 * version; immutable.
 */
public final class ExecutionCatalogue implements java.io.Serializable {
    /** A catalogue without act kinds or agencies. */
    public static final ExecutionCatalogue EMPTY = new ExecutionCatalogue(Map.of(), Map.of(), Map.of(), List.of());

    private final Map<String, ActKind> actKinds;
    private final Map<String, List<String>> actsOfSafeguard;
    private final Map<String, List<String>> actsOfNorm;
    private final List<Agency> agencies;

    public ExecutionCatalogue(
            Map<String, ActKind> actKinds,
            Map<String, List<String>> actsOfSafeguard,
            Map<String, List<String>> actsOfNorm,
            List<Agency> agencies) {
        this.actKinds = Map.copyOf(actKinds);
        this.actsOfSafeguard = Map.copyOf(actsOfSafeguard);
        this.actsOfNorm = Map.copyOf(actsOfNorm);
        this.agencies = List.copyOf(agencies);
    }

    public Map<String, ActKind> actKinds() {
        return actKinds;
    }

    public ActKind actKind(String code) {
        return actKinds.getOrDefault(code, new ActKind(code, Map.of(), Map.of()));
    }

    /** The act kinds a safeguard demands, sorted by code (empty when none is recorded). */
    public List<String> actsOfSafeguard(String safeguard) {
        return actsOfSafeguard.getOrDefault(safeguard, List.of());
    }

    /** The act kinds a norm demands of its own, beyond those of its required safeguards, sorted by code. */
    public List<String> actsOfNorm(String normIri) {
        return actsOfNorm.getOrDefault(normIri, List.of());
    }

    public List<Agency> agencies() {
        return agencies;
    }

    /** An agency with the role that makes it answer for an act. */
    public record Assignment(Agency agency, Agency.Role role) implements java.io.Serializable {}

    /**
     * The agencies of a state that perform the act in the policy area, for one of the measure
     * types, on that day, in the order of their short names; empty where the data record none.
     */
    public List<Assignment> agencies(
            String state, String actKind, String area, java.util.Set<String> measureTypes, LocalDate date) {
        List<Assignment> out = new ArrayList<>();
        for (Agency a : agencies) {
            if (!a.state().equals(state) || !a.existsOn(date)) continue;
            a.performs().stream()
                    .filter(r -> r.covers(actKind, area, measureTypes))
                    .findFirst()
                    .ifPresent(r -> out.add(new Assignment(a, r)));
        }
        out.sort((x, y) -> x.agency().shortName().compareTo(y.agency().shortName()));
        return out;
    }
}
