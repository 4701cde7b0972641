package org.lexcheck.knowledge;

/**
 * An article (and optionally paragraph and point) of an instrument. {@code eli} is, for EU acts,
 * the article's ELI where one was seen on EUR-Lex and otherwise the act's ELI (null for other
 * instruments); {@link #citedIri()} is what a citation points to, and the article, paragraph and
 * point always travel beside it. {@code appliesFrom} is set where a provision applies later than its
 * instrument (APD Art 31(3)-(5): applications lodged after 20 July 2018), {@code appliesUntil} where
 * an amendment replaced it before its instrument ended (the Schengen Borders Code's six-month
 * maximum of former Art 25(4), replaced on 10 July 2024); null otherwise.
 */
public record Provision(
        String iri,
        String eli,
        String instrumentIri,
        String instrumentCode,
        String article,
        String paragraph,
        String point,
        VerificationStatus verification,
        java.time.LocalDate appliesFrom,
        java.time.LocalDate appliesUntil)
        implements java.io.Serializable {

    /** Whether the provision applies on the date, as far as its own dates of application go. */
    public boolean appliesOn(java.time.LocalDate date) {
        return !appliesOnlyAfter(date) && (appliesUntil == null || !date.isAfter(appliesUntil));
    }

    /** Whether the provision applies only from a day after the date. */
    public boolean appliesOnlyAfter(java.time.LocalDate date) {
        return appliesFrom != null && date.isBefore(appliesFrom);
    }

    public String citedIri() {
        return eli != null ? eli : iri;
    }

    /** Short human form, e.g. "FRD Art 12(1)". */
    public String label() {
        StringBuilder s = new StringBuilder(instrumentCode).append(" Art ").append(article);
        if (paragraph != null) s.append('(').append(paragraph).append(')');
        if (point != null) s.append('(').append(point).append(')');
        return s.toString();
    }
}
