package org.lexcheck.manoeuvre;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lexcheck.assessment.Assessment;
import org.lexcheck.assessment.MeasureAssessment;
import org.lexcheck.engine.NormSelector;
import org.lexcheck.knowledge.KnowledgeBase;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.proposal.Measure;

/**
 * The unused options of a proposal: permissions (may-clauses, derogations, optional
 * conditions) in force for the state and date, regulating a measure type of a policy area
 * the proposal touches, that reach none of its measures.
 */
final class UnusedOptions {
    private UnusedOptions() {}

    static List<Option> of(Assessment result, KnowledgeBase kb, NormSelector selector) {
        var areaOf = kb.vocabulary().measureTypeAreas();
        Set<String> areas = new HashSet<>();
        for (Measure m : result.proposal().measures()) {
            if (areaOf.containsKey(m.type())) areas.add(areaOf.get(m.type()));
        }
        Set<Norm> used = new HashSet<>();
        result.measures().stream().map(MeasureAssessment::reached).forEach(used::addAll);
        // The norms in force on the measure types of the proposal's areas (a norm regulating several, once).
        var law = selector.lawInForce(result.jurisdiction(), result.referenceDate());
        Set<Norm> candidates = new java.util.LinkedHashSet<>();
        areaOf.forEach((type, area) -> {
            if (areas.contains(area)) candidates.addAll(law.regulating(type));
        });
        List<Option> options = new ArrayList<>();
        for (Norm n : candidates) {
            if (!n.isPermission() || used.contains(n)) continue;
            String area = n.regulates().stream()
                    .map(areaOf::get)
                    .filter(areas::contains)
                    .sorted()
                    .findFirst()
                    .orElse(null);
            if (area == null) continue;
            options.add(new Option(
                    area,
                    n,
                    n.appliesTo().stream().sorted().toList(),
                    n.excludes().stream().sorted().toList()));
        }
        options.sort((a, b) ->
                (a.area() + a.norm().iri()).compareTo(b.area() + b.norm().iri()));
        return options;
    }
}
