package org.lexcheck.country;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One dated, sourced fact about a country (ontology {@code lx:CountryFact}). {@code percent} is
 * set for a recognition rate (with its {@code referencePeriod} and {@code basis}: who counted
 * what, by language code, "en" the fallback), {@code designatedBy} ("EU" or the ISO code of the designating state) for a safe country
 * of origin designation; {@code act} names the act, judgment or publication. The fact holds from
 * {@code from} (null: not known) to {@code to} (null: open). {@code sources} are the URLs seen;
 * {@code status} the verification status (VERIFIED, PARTLY_VERIFIED, UNVERIFIED).
 */
public record CountryFact(
        String iri,
        String country,
        Kind kind,
        Double percent,
        String referencePeriod,
        java.util.Map<String, String> basis,
        String designatedBy,
        String act,
        LocalDate from,
        LocalDate to,
        List<String> sources,
        String status)
        implements java.io.Serializable {

    /** What a fact says about its country. */
    public enum Kind {
        /** The share of first-instance decisions granting protection to its nationals. */
        RECOGNITION_RATE,
        /** Designated as a safe country of origin by the EU list or a state's national list. */
        SAFE_COUNTRY_OF_ORIGIN,
        /** A court found that persons may not lawfully be transferred there (real risk of refoulement). */
        NOT_SAFE_FOR_TRANSFERS
    }

    public CountryFact {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(kind, "kind");
        sources = List.copyOf(sources);
        basis = basis == null ? java.util.Map.of() : java.util.Map.copyOf(basis);
    }

    /** The basis in that language ("en", "nl"), else in English, else null. */
    public String basis(String language) {
        return basis.getOrDefault(language, basis.get("en"));
    }

    /** Whether the fact holds on the day (an unknown start holds from any day, an open end to any day). */
    public boolean holdsOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
