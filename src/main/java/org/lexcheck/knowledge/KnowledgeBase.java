package org.lexcheck.knowledge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One version of the knowledge base, mapped from the ontology once and shared by all checks.
 * {@code version} is a content hash of the Turtle files it was read from. Norms are indexed by
 * IRI; the norms that join several measures of one proposal (cumulative limits and the norms
 * they add up with) are derived once.
 */
public final class KnowledgeBase {
    private final String version;
    private final Map<String, Instrument> instruments;
    private final List<Norm> norms;
    private final Map<String, Norm> normsByIri = new HashMap<>();
    private final Map<String, CaseLaw> caseLaw;
    private final GroupHierarchy groups;
    private final Vocabulary vocabulary;
    private final Set<String> crossMeasureNorms;

    public KnowledgeBase(
            String version,
            Map<String, Instrument> instruments,
            List<Norm> norms,
            Map<String, CaseLaw> caseLaw,
            GroupHierarchy groups,
            Vocabulary vocabulary) {
        this.version = version;
        this.instruments = Map.copyOf(instruments);
        this.norms = List.copyOf(norms);
        this.caseLaw = Map.copyOf(caseLaw);
        this.groups = groups;
        this.vocabulary = vocabulary;
        Set<String> joined = new HashSet<>();
        for (Norm n : this.norms) {
            normsByIri.put(n.iri(), n);
            for (Limit l : n.limits()) {
                if (!l.isCumulative()) continue;
                joined.add(n.iri());
                joined.addAll(l.cumulativeWith());
            }
        }
        this.crossMeasureNorms = Set.copyOf(joined);
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

    /** The norm with this IRI, or null. */
    public Norm norm(String iri) {
        return normsByIri.get(iri);
    }

    /** Norms through which one measure's findings can depend on another measure of the same proposal. */
    public Set<String> crossMeasureNorms() {
        return crossMeasureNorms;
    }
}
