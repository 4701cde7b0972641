package org.lexcheck.manoeuvre;

import java.util.List;
import java.util.Map;
import org.lexcheck.engine.CheckResult;
import org.lexcheck.engine.ConformityEngine;

/**
 * What the law still leaves a checked proposal: effective limits with headroom, unused
 * options, and re-checked remedies for every CONFLICT or RISK finding.
 */
public record RoomForManoeuvre(List<EffectiveLimit> effectiveLimits, List<Option> options, Map<String, List<Remedy>> remedies) {

    public static RoomForManoeuvre analyse(ConformityEngine engine, CheckResult result) {
        List<EffectiveLimit> limits = EffectiveLimits.of(result, engine.knowledgeBase().vocabulary());
        return new RoomForManoeuvre(limits, Options.of(result, engine.knowledgeBase(), engine.selector()),
                new RemedyFinder(engine, crossMeasureNorms(engine)).find(result, limits));
    }

    private static java.util.Set<String> crossMeasureNorms(ConformityEngine engine) {
        java.util.Set<String> norms = new java.util.HashSet<>();
        engine.ruleBase().rules().forEach(r -> { if (r.norm() != null) norms.add(r.norm()); });
        return norms;
    }

    public List<Remedy> remediesFor(String measureId, String normIri) {
        return remedies.getOrDefault(RemedyFinder.key(measureId, normIri), List.of());
    }
}
