package org.lexcheck.knowledge;

import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/** The codes a proposal may use (contract section 6), with labels in English and Dutch. */
public record Vocabulary(
        SortedSet<String> targetGroups,
        SortedSet<String> safeguards,
        Map<String, Map<String, ParameterSpec>> measureTypes,
        Map<String, String> measureTypeAreas,
        Set<String> jurisdictions,
        Map<String, LocalizedText> labels)
        implements java.io.Serializable {

    public boolean isKnownMeasureType(String type) {
        return measureTypes.containsKey(type);
    }

    /** What a parameter of a measure type is, in that language; its name where none is given. */
    public String parameterLabel(String measureType, String parameter, Language language) {
        ParameterSpec spec = measureTypes.getOrDefault(measureType, Map.of()).get(parameter);
        return spec == null ? parameter : spec.label(language);
    }

    /** The parameters of a measure type, in the order the vocabulary declares them (empty if unknown). */
    public Map<String, ParameterSpec> parameters(String measureType) {
        return measureTypes.getOrDefault(measureType, Map.of());
    }

    public LocalizedText label(String code) {
        return labels.getOrDefault(code, new LocalizedText(Map.of("en", code)));
    }
}
