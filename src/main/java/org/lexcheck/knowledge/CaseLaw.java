package org.lexcheck.knowledge;

import java.time.LocalDate;

/** A judgment, identified by ECLI and the court's own number, with its holding. */
public record CaseLaw(
        String iri,
        String caseNumber,
        String ecli,
        String name,
        String court,
        LocalDate date,
        LocalizedText holding,
        VerificationStatus verification) {}
