package org.lexcheck.execution;

import java.util.Map;

/** A kind of implementing act (a code of {@code lxc:ActKinds}) with its label and definition by language code. */
public record ActKind(String code, Map<String, String> label, Map<String, String> definition)
        implements java.io.Serializable {
    public ActKind {
        label = Map.copyOf(label);
        definition = Map.copyOf(definition);
    }

    /** The label in that language ("en", "nl"), else the English one, else the code. */
    public String label(String language) {
        return label.getOrDefault(language, label.getOrDefault("en", code));
    }
}
