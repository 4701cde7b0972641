package org.lexcheck.knowledge;

import java.util.List;
import java.util.Set;

/**
 * What a provision requires of a state for some kinds of measure, as mapped from the ontology.
 * The norm is in force where the instruments of its {@code provisions} apply; {@code readWith}
 * provisions are cited only where theirs apply too. Group sets are as written in the ontology;
 * {@link GroupHierarchy} decides overlap. {@code obligation} names the legal obligation the norm
 * expresses: norms of different instruments that express the same one (the best interests of
 * the child under the CRC and under the FRD with the Charter) share it and yield one finding
 * per measure; a norm of its own has its IRI there. {@code requiresInstruments} must apply too;
 * {@code unlessInstruments} must not (the ordinary rule for the days before a derogating regime
 * such as the Crisis Regulation applies, where a condition on a stated fact takes over).
 */
public record Norm(
        String iri,
        String obligation,
        LocalizedText label,
        List<Provision> provisions,
        List<Provision> readWith,
        Modality modality,
        boolean derogable,
        Severity severity,
        Set<String> regulates,
        Set<String> appliesTo,
        Set<String> excludes,
        Set<String> protectedGroups,
        Set<String> requiresInstruments,
        Set<String> unlessInstruments,
        boolean barsMeasure,
        FindingKind breachKind,
        Set<String> unlessSafeguards,
        List<Limit> limits,
        List<SafeguardRequirement> safeguardRequirements,
        List<CaseLaw> caseLaw,
        LocalizedText explanation,
        LocalizedText remedy)
        implements java.io.Serializable {

    public Norm {
        provisions = List.copyOf(provisions);
        readWith = List.copyOf(readWith);
        regulates = Set.copyOf(regulates);
        appliesTo = Set.copyOf(appliesTo);
        excludes = Set.copyOf(excludes);
        protectedGroups = Set.copyOf(protectedGroups);
        requiresInstruments = Set.copyOf(requiresInstruments);
        unlessInstruments = Set.copyOf(unlessInstruments);
        unlessSafeguards = Set.copyOf(unlessSafeguards);
        limits = List.copyOf(limits);
        safeguardRequirements = List.copyOf(safeguardRequirements);
        caseLaw = List.copyOf(caseLaw);
    }

    /**
     * A norm is its IRI: within one knowledge base no two norms share one. Comparing the whole
     * record (texts in two languages, limits, case law) each time a norm is a key in a set or map
     * cost a noticeable part of a check.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Norm n && iri.equals(n.iri);
    }

    @Override
    public int hashCode() {
        return iri.hashCode();
    }

    public boolean isPermission() {
        return modality == Modality.PERMISSION;
    }

    /** Instrument IRIs this norm's provisions belong to. */
    public Set<String> instrumentIris() {
        return provisions.stream().map(Provision::instrumentIri).collect(java.util.stream.Collectors.toSet());
    }

    /** Whether the measure's safeguards lift a norm that bars the measure. */
    public boolean isLiftedBy(Set<String> safeguards) {
        return unlessSafeguards.stream().anyMatch(safeguards::contains);
    }
}
