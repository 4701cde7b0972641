package org.lexcheck.knowledge;

/**
 * An article (and optionally paragraph and point) of an instrument. {@code eli} is, for EU acts,
 * the article's ELI where one was seen on EUR-Lex and otherwise the act's ELI (null for other
 * instruments); {@link #citedIri()} is what a citation points to, and the article, paragraph and
 * point always travel beside it.
 */
public record Provision(
        String iri,
        String eli,
        String instrumentIri,
        String instrumentCode,
        String article,
        String paragraph,
        String point,
        VerificationStatus verification) {

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
