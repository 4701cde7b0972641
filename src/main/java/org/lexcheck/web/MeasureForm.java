package org.lexcheck.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One measure as the compose form holds it: the codes chosen and the parameter values as typed
 * (text, so that a wrong value comes back to the form as it was entered, with the validator's message).
 */
public record MeasureForm(
        String type,
        List<String> groups,
        List<String> safeguards,
        List<String> exemptions,
        Map<String, String> parameters,
        String description) {

    public MeasureForm {
        type = type == null ? "" : type;
        groups = List.copyOf(groups);
        safeguards = List.copyOf(safeguards);
        exemptions = List.copyOf(exemptions);
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        description = description == null ? "" : description;
    }

    public static MeasureForm empty(String type) {
        return new MeasureForm(type, List.of(), List.of(), List.of(), Map.of(), "");
    }

    /** The value typed for a parameter, empty when none. */
    public String value(String parameter) {
        return parameters.getOrDefault(parameter, "");
    }

    public boolean has(String listName, String code) {
        return switch (listName) {
            case "groups" -> groups.contains(code);
            case "safeguards" -> safeguards.contains(code);
            default -> exemptions.contains(code);
        };
    }
}
