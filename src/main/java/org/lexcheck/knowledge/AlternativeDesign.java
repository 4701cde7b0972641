package org.lexcheck.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A kind of measure that pursues a policy aim within the law (ontology/alternatives.ttl): its
 * measure type, the values it fixes ({@code settings}: booleans, codes, numbers as BigDecimal),
 * the parameters the engine sets at the strictest bound the law leaves on them ({@code atLimit},
 * by side), and the safeguards and exemptions (groups the law protects from it) it comes with. {@code closeness} ranks it against the aim: 1 is
 * closest. {@code premises} are settings the design stands on (a Council authorisation): where no
 * norm in force reads them, the design does not exist on that date.
 */
public record AlternativeDesign(
        String iri,
        Set<String> aims,
        String measureType,
        int closeness,
        LocalizedText label,
        Map<String, Object> settings,
        Map<String, Side> atLimit,
        List<String> safeguards,
        List<String> exemptions,
        Set<String> premises)
        implements java.io.Serializable {

    /** Which bound a parameter is set at: the ceiling (a maximum) or the floor (a minimum). */
    public enum Side {
        CEILING,
        FLOOR
    }

    public AlternativeDesign {
        aims = Set.copyOf(aims);
        settings = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(settings));
        atLimit = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(atLimit));
        safeguards = List.copyOf(safeguards);
        exemptions = List.copyOf(exemptions);
        premises = Set.copyOf(premises);
    }
}
