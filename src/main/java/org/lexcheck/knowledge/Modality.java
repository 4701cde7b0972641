package org.lexcheck.knowledge;

/** Deontic modality of a norm. */
public enum Modality {
    OBLIGATION,
    PROHIBITION,
    PERMISSION,
    ABSOLUTE_PROHIBITION;

    static Modality fromIri(String iri) {
        String local = iri.substring(iri.indexOf('#') + 1);
        return switch (local) {
            case "Obligation" -> OBLIGATION;
            case "Prohibition" -> PROHIBITION;
            case "Permission" -> PERMISSION;
            case "AbsoluteProhibition" -> ABSOLUTE_PROHIBITION;
            default -> throw new IllegalArgumentException("unknown modality " + iri);
        };
    }
}
