package org.lexcheck.proposal;

import java.util.List;

/**
 * Whom a measure targets by country (contract section 3): the nationalities or countries of
 * origin of the persons it reaches ({@code nationalities}, ISO 3166-1 alpha-2, in input order),
 * and the country a transfer or return sends them to ({@code destinationCountry}, or null).
 * Both optional; {@link #NONE} when the proposal says neither. The norms that depend on a
 * country are checked against the country facts of the knowledge base (org.lexcheck.country).
 */
public record Targets(List<String> nationalities, String destinationCountry) {
    public static final Targets NONE = new Targets(List.of(), null);

    public Targets {
        nationalities = List.copyOf(nationalities);
    }

    public boolean isEmpty() {
        return nationalities.isEmpty() && destinationCountry == null;
    }
}
