package org.lexcheck.country;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The country facts of one version of the knowledge base, with the one that holds on a day. */
public final class CountryFacts implements java.io.Serializable {
    private final List<CountryFact> facts;

    public CountryFacts(List<CountryFact> facts) {
        this.facts = facts.stream()
                .sorted(Comparator.comparing(CountryFact::country).thenComparing(CountryFact::iri))
                .toList();
    }

    public List<CountryFact> all() {
        return facts;
    }

    /**
     * The fact of that kind about the country that holds on the day; where several hold (a rate of
     * 2024 and one of 2025), the latest: the one starting last, then the latest reference period.
     */
    public Optional<CountryFact> on(String country, CountryFact.Kind kind, LocalDate date) {
        return allOn(country, kind, date).stream()
                .max(Comparator.comparing((CountryFact f) -> f.from() == null ? LocalDate.MIN : f.from())
                        .thenComparing(f -> f.referencePeriod() == null ? "" : f.referencePeriod()));
    }

    /** Every fact of that kind about the country that holds on the day (designations by several lists). */
    public List<CountryFact> allOn(String country, CountryFact.Kind kind, LocalDate date) {
        return facts.stream()
                .filter(f -> f.country().equals(country) && f.kind() == kind && f.holdsOn(date))
                .toList();
    }
}
