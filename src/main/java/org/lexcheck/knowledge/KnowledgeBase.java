package org.lexcheck.knowledge;

import java.util.List;
import java.util.Map;

/**
 * One version of the knowledge base, mapped from the ontology once and shared by all checks.
 * {@code version} is a content hash of the Turtle files it was read from.
 */
public record KnowledgeBase(
        String version,
        Map<String, Instrument> instruments,
        List<Norm> norms,
        Map<String, CaseLaw> caseLaw,
        GroupHierarchy groups,
        Vocabulary vocabulary) {

    public KnowledgeBase {
        instruments = Map.copyOf(instruments);
        norms = List.copyOf(norms);
        caseLaw = Map.copyOf(caseLaw);
    }

    public Norm norm(String iri) {
        return norms.stream().filter(n -> n.iri().equals(iri)).findFirst().orElse(null);
    }
}
