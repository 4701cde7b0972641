package org.lexcheck.knowledge;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The policy aims the measure types serve and the alternative designs that pursue each
 * (ontology/alternatives.ttl): what the engine searches when a measure conflicts with the law.
 */
public record PolicyAims(
        Map<String, List<String>> aimsByType, Map<String, LocalizedText> labels, List<AlternativeDesign> designs)
        implements java.io.Serializable {

    public PolicyAims {
        aimsByType = Map.copyOf(aimsByType);
        labels = Map.copyOf(labels);
        designs = designs.stream()
                .sorted(Comparator.comparingInt(AlternativeDesign::closeness).thenComparing(AlternativeDesign::iri))
                .toList();
    }

    /** The aims a measure type serves, by code (sorted); empty for an unknown type. */
    public List<String> aimsOf(String measureType) {
        return aimsByType.getOrDefault(measureType, List.of());
    }

    /** The designs of another measure type that pursue any of these aims, closest first. */
    public List<AlternativeDesign> alternativesTo(String measureType, Collection<String> aims) {
        return designs.stream()
                .filter(d -> !d.measureType().equals(measureType))
                .filter(d -> d.aims().stream().anyMatch(aims::contains))
                .toList();
    }

    public String label(String aim, Language language) {
        LocalizedText text = labels.get(aim);
        return text == null ? aim : text.in(language, aim);
    }
}
