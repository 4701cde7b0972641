package org.lexcheck.manoeuvre;

import java.util.ArrayList;
import java.util.List;
import org.lexcheck.assessment.Assessment;
import org.lexcheck.assessment.MeasureAssessment;
import org.lexcheck.country.CountryDerivation;
import org.lexcheck.engine.ConformityEngine;
import org.lexcheck.knowledge.ParameterSpec;
import org.lexcheck.proposal.Measure;
import org.lexcheck.proposal.Proposal;

/**
 * Re-checks the proposal on the other branch of every fact a measure asserts (contract: the
 * assumptions an assessment rests on). A verdict that holds only because the proposal says a
 * reduced allowance covers basic needs should say what it would be if it did not. The whole
 * proposal is re-checked, so limits that add up across measures see the change too.
 */
final class StatedFacts {
    private StatedFacts() {}

    static List<StatedFact> of(ConformityEngine engine, Assessment assessment) {
        List<StatedFact> facts = new ArrayList<>();
        for (MeasureAssessment m : assessment.measures()) {
            Measure measure = m.measure();
            for (ParameterSpec spec : engine.knowledgeBase()
                    .vocabulary()
                    .parameters(measure.type())
                    .values()) {
                if (!spec.statesFact() || spec.type() != ParameterSpec.Type.BOOLEAN) continue;
                Object value = measure.parameters().get(spec.name());
                Boolean stated = value instanceof Boolean b ? b : null;
                // A country-fact parameter means something only for a measure that names the countries;
                // without them there is nothing to assume (with them, the engine has derived a value).
                if (stated == null && CountryDerivation.derives(spec.name())) continue;
                List<Boolean> branches = stated == null ? List.of(true, false) : List.of(!stated);
                List<StatedFact> found = new ArrayList<>();
                for (boolean alternative : branches) {
                    Assessment other = engine.check(
                            with(assessment.proposal(), measure, spec.name(), alternative), assessment.referenceDate());
                    found.add(new StatedFact(
                            measure.id(), spec.name(), stated, alternative, other.measure(measure.id())));
                }
                // An unstated fact that changes no finding on either branch (no norm in force reads it on
                // this date, as the Crisis Regulation's authorisation before 1 July 2026) is no assumption.
                if (stated == null
                        && found.stream()
                                .allMatch(f -> outcome(f.ifAlternative()).equals(outcome(m)))) continue;
                facts.addAll(found);
            }
        }
        return List.copyOf(facts);
    }

    /** The findings of a measure as far as the verdict goes: which obligation, and how it came out. */
    private static List<List<Object>> outcome(MeasureAssessment m) {
        return m.findings().stream()
                .map(f -> List.<Object>of(f.key(), f.kind()))
                .toList();
    }

    private static Proposal with(Proposal p, Measure changed, String parameter, boolean value) {
        Measure amended = RemedyFinder.apply(changed, List.of(Remedy.Change.set(parameter, value)));
        List<Measure> measures = p.measures().stream()
                .map(m -> m.id().equals(changed.id()) ? amended : m)
                .toList();
        return new Proposal(p.id(), p.title(), p.jurisdiction(), p.entryIntoForce(), measures);
    }
}
