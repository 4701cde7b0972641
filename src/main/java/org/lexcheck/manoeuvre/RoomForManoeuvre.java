package org.lexcheck.manoeuvre;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lexcheck.assessment.AssessedFinding;
import org.lexcheck.assessment.Assessment;
import org.lexcheck.assessment.FindingKey;
import org.lexcheck.assessment.MeasureAssessment;
import org.lexcheck.engine.ConformityEngine;
import org.lexcheck.engine.IncrementalCheck;
import org.lexcheck.obligation.ProposalObligations;

/**
 * What the law still leaves a checked proposal: effective limits with headroom, unused
 * options, and re-checked remedies for every CONFLICT or RISK finding; and the facts the
 * proposal asserts, each re-checked on its other branch, so the report can say what the
 * assessment rests on; and what the law still requires: the state's obligations in the areas
 * touched, each marked by what the proposal does to it; and for each conflicting measure the
 * alternatives of other types that pursue its aim and pass.
 */
public record RoomForManoeuvre(
        List<EffectiveLimit> effectiveLimits,
        List<Option> options,
        Map<FindingKey, List<Remedy>> remedies,
        List<StatedFact> statedFacts,
        List<ProposalObligations.Marked> obligations,
        List<Alternative.ForMeasure> alternatives) {

    public static RoomForManoeuvre analyse(ConformityEngine engine, Assessment assessment) {
        return analyse(engine, assessment, true);
    }

    /** Without {@code alternatives} the search for other measure types is skipped (what it costs is measured in benchmarks). */
    public static RoomForManoeuvre analyse(ConformityEngine engine, Assessment assessment, boolean alternatives) {
        List<EffectiveLimit> limits =
                EffectiveLimits.of(assessment, engine.knowledgeBase().vocabulary());
        Map<FindingKey, List<Remedy>> remedies = new LinkedHashMap<>();
        List<Alternative.ForMeasure> found = new ArrayList<>();
        boolean breach = assessment.measures().stream()
                .anyMatch(m -> m.findings().stream().anyMatch(AssessedFinding::isBreach));
        if (breach) {
            RemedyFinder remedyFinder = new RemedyFinder(engine);
            AlternativeFinder alternativeFinder = alternatives ? new AlternativeFinder(engine) : null;
            // One session of the proposal for every candidate change; the remedies and then the
            // alternatives of one measure follow each other, so each measure is swapped out once.
            try (IncrementalCheck session = engine.incremental(assessment.proposal(), assessment.referenceDate())) {
                for (MeasureAssessment m : assessment.measures()) {
                    remedies.putAll(remedyFinder.forMeasure(session, assessment, m, limits));
                    Alternative.ForMeasure a =
                            alternativeFinder == null ? null : alternativeFinder.forMeasure(session, assessment, m);
                    if (a != null) found.add(a);
                }
            }
        }
        return new RoomForManoeuvre(
                limits,
                UnusedOptions.of(assessment, engine.knowledgeBase(), engine.selector()),
                remedies,
                StatedFacts.of(engine, assessment),
                ProposalObligations.of(assessment, engine.knowledgeBase(), engine.selector()),
                found);
    }

    public List<Remedy> remediesFor(FindingKey key) {
        return remedies.getOrDefault(key, List.of());
    }
}
