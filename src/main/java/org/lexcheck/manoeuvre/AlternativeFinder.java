package org.lexcheck.manoeuvre;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lexcheck.assessment.AssessedFinding;
import org.lexcheck.assessment.Assessment;
import org.lexcheck.assessment.FindingKey;
import org.lexcheck.assessment.MeasureAssessment;
import org.lexcheck.country.CountryDerivation;
import org.lexcheck.engine.ConformityEngine;
import org.lexcheck.engine.IncrementalCheck;
import org.lexcheck.knowledge.AlternativeDesign;
import org.lexcheck.knowledge.Condition;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.knowledge.Limit;
import org.lexcheck.knowledge.Modality;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.knowledge.ParameterSpec;
import org.lexcheck.knowledge.PolicyAims;
import org.lexcheck.knowledge.SafeguardRequirement;
import org.lexcheck.proposal.Measure;
import org.lexcheck.proposal.Proposal;
import org.lexcheck.proposal.Targets;

/**
 * For each measure that conflicts with the law, searches beyond its own parameters: the
 * alternative designs of other measure types that pursue the same policy aim
 * ({@link PolicyAims}), each built with the measure's target groups, the design's values and
 * safeguards, and its open parameters set at the strictest bound the law leaves on them (read
 * from the norms that reach it, without a check), then swapped in for the measure in one stateful
 * session of the proposal ({@link IncrementalCheck}) and swapped back. A candidate passes when it
 * is assessed, draws no conflict and brings about none for another measure.
 */
final class AlternativeFinder {
    /** At most this many passing alternatives are reported per measure. */
    static final int MAX_ALTERNATIVES = 3;

    private final ConformityEngine engine;

    AlternativeFinder(ConformityEngine engine) {
        this.engine = engine;
    }

    /**
     * The alternatives to one measure that conflicts, each tried in {@code session}, one incremental
     * session of the assessed proposal; null for a measure without a conflict.
     */
    Alternative.ForMeasure forMeasure(IncrementalCheck session, Assessment assessment, MeasureAssessment m) {
        if (m.findings().stream().noneMatch(f -> f.kind() == FindingKind.CONFLICT)) return null;
        PolicyAims aims = engine.knowledgeBase().policyAims();
        Set<FindingKey> conflictsBefore = assessment.conflicts();
        Measure measure = m.measure();
        List<String> ownAims = aims.aimsOf(measure.type());
        List<AlternativeDesign> designs = aims.alternativesTo(measure.type(), ownAims);
        List<Alternative> passing = new ArrayList<>();
        for (AlternativeDesign design : designs) {
            Alternative a = tryDesign(session, assessment, measure, design, conflictsBefore);
            if (a != null) passing.add(a);
            if (passing.size() == MAX_ALTERNATIVES) break;
        }
        passing.sort((a, b) -> a.design().closeness() != b.design().closeness()
                ? Integer.compare(a.design().closeness(), b.design().closeness())
                : Boolean.compare(a.risk(), b.risk()));
        return new Alternative.ForMeasure(measure.id(), ownAims, passing, absolute(m), designs.size());
    }

    /**
     * The candidate of one design in place of the measure, or null when it does not pass: one
     * incremental re-check in the proposal's session (the measure's facts swapped for the
     * candidate's and back), which reads only what the change concluded: the candidate's findings
     * and any conflict it brings about for another measure. The norms that reach the candidate,
     * read without a check, say which bounds bind its open parameters.
     */
    private Alternative tryDesign(
            IncrementalCheck session,
            Assessment assessment,
            Measure original,
            AlternativeDesign design,
            Set<FindingKey> conflictsBefore) {
        Measure draft = candidate(original, design);
        List<Norm> reaching = engine.reached(alone(assessment.proposal(), draft), assessment.referenceDate())
                .get(draft.id());
        Measure candidate = atLimits(reaching, draft, design);
        if (candidate == null) return null;
        IncrementalCheck.Replacement replaced = session.replacing(candidate);
        Assessment recheck = replaced.candidate();
        MeasureAssessment own = recheck.measure(candidate.id());
        if (own.notAssessed() != null || own.findings().isEmpty()) return null;
        if (own.findings().stream().anyMatch(f -> f.kind() == FindingKind.CONFLICT)) return null;
        if (!conflictsBefore.containsAll(replaced.conflictsElsewhere())) return null;
        List<Alternative.Need> needs = needs(own, candidate);
        // A design built on a fact no norm in force reads (a crisis derogation before the Crisis
        // Regulation applies) is not available on this date, whatever the check says.
        for (String premise : design.premises()) {
            if (needs.stream().noneMatch(n -> n.parameter().equals(premise))) return null;
        }
        boolean risk = own.findings().stream().anyMatch(f -> f.kind() == FindingKind.RISK);
        return new Alternative(design, candidate, risk, permittedBy(own, design, recheck), needs);
    }

    /** The design's measure for the original's target groups and exemptions, with the design's values, safeguards and exemptions. */
    private static Measure candidate(Measure original, AlternativeDesign design) {
        Map<String, Object> params = new LinkedHashMap<>(design.settings());
        // Where the measure names the countries concerned, what the country facts say of them (a
        // court's finding that the destination is unsafe, a recognition rate) is not the design's to set.
        if (!original.targets().equals(Targets.NONE)) params.keySet().removeIf(CountryDerivation::derives);
        Set<String> exemptions = new LinkedHashSet<>(original.exemptions());
        exemptions.addAll(design.exemptions());
        return new Measure(
                original.id(),
                design.measureType(),
                original.targetGroups(),
                params,
                design.safeguards(),
                List.copyOf(exemptions),
                null,
                original.targets());
    }

    /**
     * Sets each open parameter of the design at the strictest bound the law leaves on it, read from the
     * norms that reach the candidate (left unstated where none binds); null when a ceiling
     * leaves nothing (zero months of waiting is no waiting period: the law leaves this design no
     * room here).
     */
    private Measure atLimits(List<Norm> reaching, Measure candidate, AlternativeDesign design) {
        if (design.atLimit().isEmpty()) return candidate;
        List<EffectiveLimit> limits =
                EffectiveLimits.of(candidate, reaching, engine.knowledgeBase().vocabulary());
        Map<String, Object> params = new LinkedHashMap<>(candidate.parameters());
        for (var open : design.atLimit().entrySet()) {
            boolean ceiling = open.getValue() == AlternativeDesign.Side.CEILING;
            for (EffectiveLimit l : limits) {
                if (!l.measure().equals(candidate.id()) || !l.parameter().equals(open.getKey())) continue;
                Number bound = ceiling ? l.max() : l.min();
                if (bound == null) continue;
                BigDecimal value = new BigDecimal(bound.toString());
                if (l.strict()) value = ceiling ? value.subtract(BigDecimal.ONE) : value.add(BigDecimal.ONE);
                if (ceiling && value.signum() <= 0) return null;
                params.put(open.getKey(), value.stripTrailingZeros());
            }
        }
        return new Measure(
                candidate.id(),
                candidate.type(),
                candidate.targetGroups(),
                params,
                candidate.safeguards(),
                candidate.exemptions(),
                null,
                candidate.targets());
    }

    /** The permissions the candidate uses, then the norms that set the bounds it is held to. */
    private List<Norm> permittedBy(MeasureAssessment own, AlternativeDesign design, Assessment recheck) {
        Set<Norm> norms = new LinkedHashSet<>();
        own.reached().stream().filter(Norm::isPermission).forEach(norms::add);
        for (EffectiveLimit l :
                EffectiveLimits.of(recheck, engine.knowledgeBase().vocabulary())) {
            if (l.measure().equals(own.measure().id()) && design.atLimit().containsKey(l.parameter()))
                norms.add(l.setBy());
        }
        return List.copyOf(norms);
    }

    /**
     * The design's fact-stating values that a norm reaching the candidate reads: what the state must
     * be able to say. A fact set to false is a need only where it comes from country facts (no court
     * has found the destination unsafe); otherwise false is the design not using a derogation.
     */
    private List<Alternative.Need> needs(MeasureAssessment own, Measure candidate) {
        Map<String, ParameterSpec> specs = engine.knowledgeBase().vocabulary().parameters(candidate.type());
        List<Alternative.Need> needs = new ArrayList<>();
        candidate.parameters().forEach((parameter, value) -> {
            ParameterSpec spec = specs.get(parameter);
            boolean absence = Boolean.FALSE.equals(value) && !CountryDerivation.derives(parameter);
            if (spec != null
                    && spec.statesFact()
                    && !absence
                    && own.reached().stream().anyMatch(n -> reads(n, parameter)))
                needs.add(new Alternative.Need(parameter, value));
        });
        return needs;
    }

    private static boolean reads(Norm n, String parameter) {
        for (Limit l : n.limits()) {
            if (l.parameter().equals(parameter) || mentions(l.condition(), parameter)) return true;
        }
        for (SafeguardRequirement r : n.safeguardRequirements()) {
            if (mentions(r.condition(), parameter)) return true;
        }
        return false;
    }

    private static boolean mentions(Condition c, String parameter) {
        for (Condition x = c; x != null; x = x.and()) {
            if (parameter.equals(x.parameter())) return true;
        }
        return false;
    }

    /** Whether a conflict of the measure rests on an absolute prohibition: then nothing pursuing the same act can pass. */
    private static boolean absolute(MeasureAssessment m) {
        for (AssessedFinding f : m.findings()) {
            if (f.kind() != FindingKind.CONFLICT) continue;
            for (Norm n : f.norms()) {
                if (n.modality() == Modality.ABSOLUTE_PROHIBITION
                        && f.decisive().stream().anyMatch(g -> g.normIri().equals(n.iri()))) return true;
            }
        }
        return false;
    }

    /** The candidate alone, as a proposal of the same state: what the norms reaching it are read from. */
    private static Proposal alone(Proposal p, Measure candidate) {
        return new Proposal(p.id(), p.title(), p.jurisdiction(), p.entryIntoForce(), List.of(candidate));
    }
}
