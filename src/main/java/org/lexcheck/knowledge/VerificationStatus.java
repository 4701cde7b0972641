package org.lexcheck.knowledge;

/** How far an item of the knowledge base was checked against its source. */
public enum VerificationStatus {
    VERIFIED,
    PARTLY_VERIFIED,
    UNVERIFIED;

    static VerificationStatus fromIri(String iri) {
        String local = iri.substring(iri.indexOf('#') + 1);
        return switch (local) {
            case "Verified" -> VERIFIED;
            case "PartlyVerified" -> PARTLY_VERIFIED;
            default -> UNVERIFIED;
        };
    }
}
