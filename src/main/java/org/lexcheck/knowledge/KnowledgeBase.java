package org.lexcheck.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lexcheck.country.CountryFacts;

/**
 * One version of the knowledge base, mapped from the ontology once and shared by all checks.
 * {@code version} is a content hash of the Turtle files it was read from. Norms are indexed by
 * IRI.
 */
public final class KnowledgeBase {
    private final String version;
    private final Map<String, Instrument> instruments;
    private final List<Norm> norms;
    private final Map<String, Norm> normsByIri = new HashMap<>();
    private final Map<String, CaseLaw> caseLaw;
    private final GroupHierarchy groups;
    private final Vocabulary vocabulary;
    private final CountryFacts countryFacts;
    private final Successions successions;

    public KnowledgeBase(
            String version,
            Map<String, Instrument> instruments,
            List<Norm> norms,
            Map<String, CaseLaw> caseLaw,
            GroupHierarchy groups,
            Vocabulary vocabulary,
            CountryFacts countryFacts,
            Successions successions) {
        this.version = version;
        this.instruments = Map.copyOf(instruments);
        this.norms = List.copyOf(norms);
        this.caseLaw = Map.copyOf(caseLaw);
        this.groups = groups;
        this.vocabulary = vocabulary;
        this.countryFacts = countryFacts;
        this.successions = successions;
        for (Norm n : this.norms) normsByIri.put(n.iri(), n);
    }

    public String version() {
        return version;
    }

    public Map<String, Instrument> instruments() {
        return instruments;
    }

    public List<Norm> norms() {
        return norms;
    }

    public Map<String, CaseLaw> caseLaw() {
        return caseLaw;
    }

    public GroupHierarchy groups() {
        return groups;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The dated, sourced facts about countries ({@code ontology/countries/}). */
    public CountryFacts countryFacts() {
        return countryFacts;
    }

    /** Provisions of the acts the Pact repealed and their successors ({@code ontology/successions.ttl}). */
    public Successions successions() {
        return successions;
    }

    /** The norm with this IRI, or null. */
    public Norm norm(String iri) {
        return normsByIri.get(iri);
    }
}
