package org.lexcheck.knowledge;

import java.time.LocalDate;

/**
 * A judgment, identified by ECLI and the court's own number, with its holding; {@code name} as
 * cited, with an official or customary Dutch form where the ontology gives one.
 */
public record CaseLaw(
        String iri,
        String caseNumber,
        String ecli,
        LocalizedText name,
        String court,
        LocalDate date,
        LocalizedText holding,
        VerificationStatus verification)
        implements java.io.Serializable {}
