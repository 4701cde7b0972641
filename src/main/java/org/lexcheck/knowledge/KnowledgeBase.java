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
    private final PolicyAims policyAims;
    private final PersonPath.Paths paths;
    private final org.lexcheck.execution.ExecutionCatalogue execution;

    public KnowledgeBase(
            String version,
            Map<String, Instrument> instruments,
            List<Norm> norms,
            Map<String, CaseLaw> caseLaw,
            GroupHierarchy groups,
            Vocabulary vocabulary,
            CountryFacts countryFacts,
            PolicyAims policyAims,
            PersonPath.Paths paths,
            org.lexcheck.execution.ExecutionCatalogue execution) {
        this.version = version;
        this.instruments = Map.copyOf(instruments);
        this.norms = List.copyOf(norms);
        this.caseLaw = Map.copyOf(caseLaw);
        this.groups = groups;
        this.vocabulary = vocabulary;
        this.countryFacts = countryFacts;
        this.policyAims = policyAims;
        this.paths = paths;
        this.execution = execution;
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

    /** The aims of the measure types and the alternative designs that pursue them ({@code ontology/alternatives.ttl}). */
    public PolicyAims policyAims() {
        return policyAims;
    }

    /** The paths a person takes through the measures, and the bounds on their totals (ontology/paths.ttl). */
    public PersonPath.Paths paths() {
        return paths;
    }

    /** The act kinds safeguards and obligations demand, and the agencies per state ({@code execution.ttl}, {@code countries/agencies.ttl}). */
    public org.lexcheck.execution.ExecutionCatalogue execution() {
        return execution;
    }

    /** The norm with this IRI, or null. */
    public Norm norm(String iri) {
        return normsByIri.get(iri);
    }
}
