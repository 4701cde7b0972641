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
public final class KnowledgeBase implements java.io.Serializable {
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
    private final Successions successions;
    private final List<PendingLaw> pending;
    /** Whether this is the view that assumes pending law ({@link #withPending()}). */
    private final boolean assumesPending;

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
            org.lexcheck.execution.ExecutionCatalogue execution,
            Successions successions,
            List<PendingLaw> pending) {
        this(
                version,
                instruments,
                norms,
                caseLaw,
                groups,
                vocabulary,
                countryFacts,
                policyAims,
                paths,
                execution,
                successions,
                pending,
                false);
    }

    private KnowledgeBase(
            String version,
            Map<String, Instrument> instruments,
            List<Norm> norms,
            Map<String, CaseLaw> caseLaw,
            GroupHierarchy groups,
            Vocabulary vocabulary,
            CountryFacts countryFacts,
            PolicyAims policyAims,
            PersonPath.Paths paths,
            org.lexcheck.execution.ExecutionCatalogue execution,
            Successions successions,
            List<PendingLaw> pending,
            boolean assumesPending) {
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
        this.successions = successions;
        this.pending = List.copyOf(pending);
        this.assumesPending = assumesPending;
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

    /** Provisions of the acts the Pact repealed and their successors ({@code ontology/successions.ttl}). */
    public Successions successions() {
        return successions;
    }

    /** Instruments that are not yet law (proposed, provisionally agreed), kept out of this base's instruments and norms. */
    public List<PendingLaw> pending() {
        return pending;
    }

    /** Whether this base assumes its pending law applies ({@link #withPending()}). */
    public boolean assumesPending() {
        return assumesPending;
    }

    /**
     * The same knowledge as if the pending instruments applied, whatever the date: each pending
     * instrument applies from any day, its norms are in force with the others, and the instruments
     * it would repeal no longer apply. Same version: it is a reading of the same files.
     */
    public KnowledgeBase withPending() {
        if (assumesPending || pending.isEmpty()) return this;
        Map<String, Instrument> all = new java.util.LinkedHashMap<>(instruments);
        List<Norm> allNorms = new java.util.ArrayList<>(norms);
        for (PendingLaw p : pending) {
            Instrument i = p.instrument();
            all.put(
                    i.iri(),
                    new Instrument(
                            i.iri(),
                            i.code(),
                            i.abbreviation(),
                            i.title(),
                            java.time.LocalDate.MIN,
                            null,
                            i.repealedBy(),
                            i.boundStates(),
                            i.accessions(),
                            i.verification()));
            allNorms.addAll(p.norms());
            for (String repealed : p.wouldRepeal()) {
                Instrument r = all.get(repealed);
                if (r != null)
                    all.put(
                            repealed,
                            new Instrument(
                                    r.iri(),
                                    r.code(),
                                    r.abbreviation(),
                                    r.title(),
                                    r.appliesFrom(),
                                    java.time.LocalDate.MIN,
                                    i.iri(),
                                    r.boundStates(),
                                    r.accessions(),
                                    r.verification()));
            }
        }
        allNorms.sort(java.util.Comparator.comparing(Norm::iri));
        return new KnowledgeBase(
                version,
                all,
                allNorms,
                caseLaw,
                groups,
                vocabulary,
                countryFacts,
                policyAims,
                paths,
                execution,
                successions,
                pending,
                true);
    }

    /** The pending law an instrument belongs to, or null when it is law. */
    public PendingLaw pendingLaw(String instrumentIri) {
        for (PendingLaw p : pending) if (p.instrument().iri().equals(instrumentIri)) return p;
        return null;
    }

    /** The norm with this IRI, or null. */
    public Norm norm(String iri) {
        return normsByIri.get(iri);
    }
}
