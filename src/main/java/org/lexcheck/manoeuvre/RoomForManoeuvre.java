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
                new RemedyFinder(engine).find(result, limits));
    }

    public List<Remedy> remediesFor(String measureId, String normIri) {
        return remedies.getOrDefault(RemedyFinder.key(measureId, normIri), List.of());
    }
}
