package org.lexcheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.lexcheck.assessment.AssessedFinding;
import org.lexcheck.assessment.Assessment;
import org.lexcheck.assessment.FindingKey;
import org.lexcheck.assessment.Ground;
import org.lexcheck.assessment.LimitComparison;
import org.lexcheck.assessment.MeasureAssessment;
import org.lexcheck.assessment.NotAssessed;
import org.lexcheck.country.DerivedValue;
import org.lexcheck.knowledge.CaseLaw;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.knowledge.KnowledgeBase;
import org.lexcheck.knowledge.Language;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.manoeuvre.EffectiveLimit;
import org.lexcheck.manoeuvre.Option;
import org.lexcheck.manoeuvre.Remedy;
import org.lexcheck.manoeuvre.RoomForManoeuvre;
import org.lexcheck.manoeuvre.StatedFact;
import org.lexcheck.proposal.Measure;

/**
 * Renders an assessment as a report in one language: its merged findings with the law's texts
 * in that language, verdicts per measure and for the proposal, room for manoeuvre, and the
 * instruments checked. Time, place and merging are the assessment's: nothing is decided here.
 */
public final class ReportBuilder {
    private final KnowledgeBase kb;
    private final String engineVersion;

    public ReportBuilder(KnowledgeBase kb, String engineVersion) {
        this.kb = kb;
        this.engineVersion = engineVersion;
    }

    public Report build(Assessment assessment, Language language) {
        return build(assessment, null, language, false);
    }

    /**
     * With {@code room} (may be null) the report carries effective limits, options and remedies;
     * with {@code explain} each finding carries its derivation.
     */
    public Report build(Assessment assessment, RoomForManoeuvre room, Language language, boolean explain) {
        Messages messages = new Messages(language);
        Citations citations = new Citations(messages, kb.instruments(), language);
        Explanations explanations = new Explanations(
                messages,
                kb.vocabulary(),
                language,
                assessment.derived().stream()
                        .filter(d -> !d.stated())
                        .map(d -> d.measure() + "/" + d.parameter())
                        .collect(java.util.stream.Collectors.toSet()));
        Derivations derivations = explain ? new Derivations(messages, explanations, citations, language) : null;
        ManoeuvreTexts texts = new ManoeuvreTexts(messages, explanations, kb.vocabulary(), citations, language);
        List<org.lexcheck.timeline.Timeline> timelines =
                new org.lexcheck.timeline.Timelines(kb.paths(), kb.groups()).of(assessment);
        TimelineReports timelineReports =
                new TimelineReports(messages, citations, language, assessment.referenceDate());
        Map<String, List<ReportFinding>> timelineFindings = timelineReports.findings(timelines, explain);
        List<ReportFinding> findings = new ArrayList<>();
        List<Report.MeasureVerdict> verdicts = new ArrayList<>();
        for (MeasureAssessment m : assessment.measures()) {
            List<ReportFinding> own = new ArrayList<>();
            for (AssessedFinding f : m.findings()) {
                List<String> derivation = derivations == null
                        ? null
                        : derivations.of(m.measure(), f, assessment.jurisdiction(), assessment.referenceDate());
                List<Remedy> remedies = room == null ? List.of() : room.remediesFor(f.key());
                own.add(finding(
                        m.measure(), f, explanations, texts, citations, language, derivation, remedies, pending(f)));
            }
            TimelineReports.insert(
                    own, timelineFindings.getOrDefault(m.measure().id(), List.of()));
            Verdict verdict = Verdict.of(own.stream().map(ReportFinding::kind).toList());
            NotAssessed why = verdict == Verdict.NOT_ASSESSED ? m.notAssessed() : null;
            verdicts.add(new Report.MeasureVerdict(
                    m.measure().id(),
                    m.measure().type(),
                    verdict,
                    why == null ? null : why.reason(),
                    why == null ? null : notAssessedNote(m.measure(), why, assessment, messages, citations, language),
                    m.measure().targets().nationalities().isEmpty()
                            ? null
                            : m.measure().targets().nationalities(),
                    m.measure().targets().destinationCountry()));
            findings.addAll(own);
        }
        int conflicts = (int)
                findings.stream().filter(f -> f.kind() == FindingKind.CONFLICT).count();
        int risks = (int)
                findings.stream().filter(f -> f.kind() == FindingKind.RISK).count();
        int notAssessed = (int) verdicts.stream()
                .filter(v -> v.verdict() == Verdict.NOT_ASSESSED)
                .count();
        Report.Summary summary = new Report.Summary(
                Verdict.worst(
                        verdicts.stream().map(Report.MeasureVerdict::verdict).toList()),
                conflicts,
                risks,
                verdicts.size(),
                notAssessed);
        return new Report(
                new Report.ProposalRef(
                        assessment.proposal().id(), assessment.proposal().title()),
                assessment.jurisdiction(),
                assessment.referenceDate().toString(),
                language.code(),
                summary,
                verdicts,
                findings,
                room == null
                        ? null
                        : room.effectiveLimits().stream()
                                .map(l -> effectiveLimit(l, texts, citations, language))
                                .toList(),
                room == null
                        ? null
                        : room.options().stream()
                                .map(o -> option(o, texts, citations, messages, language))
                                .toList(),
                room == null
                        ? null
                        : room.obligations().stream()
                                .map(o -> new Report.ObligationRef(
                                        o.obligation().area(),
                                        o.obligation().norm().iri(),
                                        o.obligation().norm().label().in(language),
                                        citations.of(o.obligation().norm().provisions()),
                                        o.status(),
                                        o.measures().isEmpty() ? null : o.measures()))
                                .toList(),
                room == null
                        ? null
                        : room.alternatives().stream()
                                .map(a -> alternatives(a, assessment, citations, messages, language))
                                .toList(),
                room == null ? null : assumptions(assessment, room, verdicts, messages, language),
                instruments(assessment, true, language),
                instruments(assessment, false, language),
                timelineReports.refs(timelines),
                new ExecutionTexts(kb, citations, messages, language).of(assessment),
                pendingLaw(language),
                new Report.Provenance(assessment.rulesVersion(), assessment.ontologyVersion(), engineVersion));
    }

    /** Each stated fact with the verdict on its other branch and the findings that change there. */
    private List<Report.AssumptionRef> assumptions(
            Assessment assessment,
            RoomForManoeuvre room,
            List<Report.MeasureVerdict> verdicts,
            Messages messages,
            Language language) {
        List<Report.AssumptionRef> out = new ArrayList<>();
        CountryTexts countries = new CountryTexts(messages, kb.vocabulary(), language, assessment);
        for (StatedFact fact : room.statedFacts()) {
            MeasureAssessment asAssessed = assessment.measure(fact.measure());
            Verdict verdict = verdicts.stream()
                    .filter(v -> v.id().equals(fact.measure()))
                    .findFirst()
                    .orElseThrow()
                    .verdict();
            Verdict other = Verdict.of(fact.ifAlternative().findings().stream()
                    .map(AssessedFinding::kind)
                    .toList());
            String parameter =
                    kb.vocabulary().parameterLabel(asAssessed.measure().type(), fact.parameter(), language);
            DerivedValue derived = countries.derived(fact.measure(), fact.parameter());
            // A value the facts gave that no finding rests on (a rate on another ground) is not an assumption.
            if (derived != null && !derived.stated() && !restsOn(asAssessed, fact.parameter())) continue;
            if (derived != null && !derived.stated()) {
                // The country facts gave this value: say where it comes from, then the other branch.
                out.add(new Report.AssumptionRef(
                        fact.measure(),
                        fact.parameter(),
                        null,
                        verdict,
                        fact.alternative(),
                        other,
                        changes(asAssessed, fact.ifAlternative(), language),
                        countries.text(derived)
                                + " "
                                + messages.get(
                                        verdict == other ? "country.branch.same" : "country.branch",
                                        parameter,
                                        fact.alternative(),
                                        other,
                                        verdict),
                        String.valueOf(derived.value()),
                        derived.sources().isEmpty() ? null : derived.sources()));
                continue;
            }
            String text = fact.stated() == null
                    ? messages.get("assumption.unstated", fact.measure(), parameter, fact.alternative(), other)
                    : messages.get(
                            verdict == other ? "assumption.stated.same" : "assumption.stated",
                            fact.measure(),
                            parameter,
                            fact.stated(),
                            fact.alternative(),
                            other,
                            verdict);
            out.add(new Report.AssumptionRef(
                    fact.measure(),
                    fact.parameter(),
                    fact.stated(),
                    fact.stated() == null ? null : verdict,
                    fact.alternative(),
                    other,
                    changes(asAssessed, fact.ifAlternative(), language),
                    text,
                    null,
                    null));
        }
        // Derived values without another branch to re-check (a number), and values the proposal
        // stated over the facts: where they come from, and what the facts would have given.
        for (DerivedValue d : assessment.derived()) {
            boolean listed = out.stream()
                    .anyMatch(a ->
                            a.measure().equals(d.measure()) && a.parameter().equals(d.parameter()));
            if (listed && !d.stated()) continue;
            if (!restsOn(assessment.measure(d.measure()), d.parameter())) continue;
            Verdict verdict = verdicts.stream()
                    .filter(v -> v.id().equals(d.measure()))
                    .findFirst()
                    .map(Report.MeasureVerdict::verdict)
                    .orElse(null);
            out.add(new Report.AssumptionRef(
                    d.measure(),
                    d.parameter(),
                    null,
                    verdict,
                    null,
                    null,
                    null,
                    countries.text(d),
                    String.valueOf(d.value()),
                    d.sources().isEmpty() ? null : d.sources()));
        }
        return out;
    }

    /** Whether some finding on the measure compared that parameter with a bound. */
    private static boolean restsOn(MeasureAssessment m, String parameter) {
        return m.findings().stream()
                .flatMap(f -> f.grounds().stream())
                .anyMatch(g -> g.limit() != null && g.limit().parameter().equals(parameter));
    }

    /** "title: COMPLIANT -> CONFLICT" for every obligation whose finding differs between the two branches. */
    private static List<String> changes(MeasureAssessment before, MeasureAssessment after, Language language) {
        Map<FindingKey, AssessedFinding> was = new LinkedHashMap<>();
        before.findings().forEach(f -> was.put(f.key(), f));
        Map<FindingKey, AssessedFinding> is = new LinkedHashMap<>();
        after.findings().forEach(f -> is.put(f.key(), f));
        Set<FindingKey> keys = new LinkedHashSet<>(was.keySet());
        keys.addAll(is.keySet());
        List<String> out = new ArrayList<>();
        for (FindingKey k : keys) {
            AssessedFinding a = was.get(k);
            AssessedFinding b = is.get(k);
            if (a != null && b != null && a.kind() == b.kind()) continue;
            AssessedFinding titled = b != null ? b : a;
            out.add(titled.norm().label().in(language) + ": " + (a == null ? "-" : a.kind()) + " -> "
                    + (b == null ? "-" : b.kind()));
        }
        return out;
    }

    /**
     * One finding: the decisive reasons, the groups reached through a wider one, then what each
     * norm says; its citations and case law as the assessment settled them for the date.
     */
    private static ReportFinding finding(
            Measure m,
            AssessedFinding f,
            Explanations explanations,
            ManoeuvreTexts texts,
            Citations citations,
            Language language,
            List<String> derivation,
            List<Remedy> remedies,
            Boolean pending) {
        Set<String> sentences = new LinkedHashSet<>();
        f.decisive().forEach(g -> sentences.add(explanations.reason(g, m.type(), m.id())));
        // Which protected subgroup a wide target group brings in matters where the law objects.
        if (f.isBreach()) f.narrowerGroups().forEach(g -> sentences.add(explanations.narrower(g)));
        f.norms().forEach(n -> sentences.add(n.explanation().in(language)));
        LimitComparison limit = f.limit();
        Set<String> remedyTexts = new LinkedHashSet<>();
        if (f.isBreach()) {
            f.norms().stream()
                    .filter(n -> f.decisive().stream().anyMatch(g -> g.normIri().equals(n.iri())))
                    .map(n -> n.remedy().in(language))
                    .filter(t -> !t.isBlank())
                    .forEach(remedyTexts::add);
        }
        List<String> assumptions = f.decisive().stream()
                .map(Ground::assumed)
                .filter(Objects::nonNull)
                .distinct()
                .map(c -> explanations.assumption(c, m.type()))
                .toList();
        return new ReportFinding(
                f.measureId(),
                f.kind(),
                f.severity(),
                f.norm().iri(),
                f.norms().size() > 1 ? f.norms().stream().map(Norm::iri).toList() : null,
                f.norms().size() > 1 ? f.key().obligation() : null,
                f.norm().label().in(language),
                citations.of(f.citations()),
                f.caseLaw().stream().map(c -> caseRef(c, language)).toList(),
                limit == null
                        ? null
                        : new ReportFinding.LimitRef(
                                limit.parameter(),
                                limit.proposed(),
                                limit.min(),
                                limit.max(),
                                limit.required(),
                                limit.allowed(),
                                limit.unit(),
                                limit.justifyAbove()),
                String.join(" ", sentences),
                assumptions.isEmpty() ? null : assumptions,
                remedyTexts.isEmpty() ? null : String.join(" ", remedyTexts),
                remedies.isEmpty()
                        ? null
                        : remedies.stream()
                                .map(r ->
                                        new ReportFinding.RemedyRef(texts.remedy(r), r.amendedMeasure(), r.verified()))
                                .toList(),
                f.rule(),
                derivation,
                pending);
    }

    /** TRUE for a finding drawn from pending law (a norm of a proposed or provisionally agreed instrument), else null. */
    private Boolean pending(AssessedFinding f) {
        if (!kb.assumesPending()) return null;
        boolean fromPending =
                f.norms().stream().flatMap(n -> n.instrumentIris().stream()).anyMatch(i -> kb.pendingLaw(i) != null);
        return fromPending ? Boolean.TRUE : null;
    }

    /** The pending instruments a report assumed, or null when it assumed none (issue 11, item 7). */
    private List<Report.PendingRef> pendingLaw(Language language) {
        if (!kb.assumesPending()) return null;
        return kb.pending().stream()
                .map(p -> new Report.PendingRef(
                        p.instrument().code(),
                        p.label().in(language, p.instrument().code()),
                        p.instrument().title().in(language),
                        p.instrument().iri(),
                        p.status(),
                        p.wouldRepeal().stream()
                                .map(i -> kb.instruments().get(i))
                                .filter(java.util.Objects::nonNull)
                                .map(org.lexcheck.knowledge.Instrument::code)
                                .sorted()
                                .toList(),
                        p.instrument().verification().name()))
                .toList();
    }

    private static Report.EffectiveLimitRef effectiveLimit(
            EffectiveLimit l, ManoeuvreTexts texts, Citations citations, Language language) {
        return new Report.EffectiveLimitRef(
                l.measure(),
                l.parameter(),
                l.proposed(),
                l.min(),
                l.max(),
                l.strict() ? Boolean.TRUE : null,
                l.unit(),
                l.headroom(),
                l.breachKind(),
                setBy(l.setBy(), citations, language),
                l.conditions().stream()
                        .map(c -> texts.condition(c, l.unit()))
                        .distinct()
                        .toList());
    }

    private static Report.OptionRef option(
            Option o, ManoeuvreTexts texts, Citations citations, Messages messages, Language language) {
        return normRef(o.area(), o.norm(), o.forWhom(), o.excluding(), texts, citations, messages, language);
    }

    private Report.AlternativesRef alternatives(
            org.lexcheck.manoeuvre.Alternative.ForMeasure a,
            Assessment assessment,
            Citations citations,
            Messages messages,
            Language language) {
        var aims = kb.policyAims();
        String type = assessment.measure(a.measure()).measure().type();
        List<Report.AlternativeRef> refs = new ArrayList<>();
        for (org.lexcheck.manoeuvre.Alternative alt : a.passing()) {
            List<String> needs = new ArrayList<>();
            for (var n : alt.needs()) {
                String label = kb.vocabulary().parameterLabel(alt.measure().type(), n.parameter(), language);
                needs.add(
                        label.equals(n.parameter())
                                ? messages.get(
                                        Boolean.FALSE.equals(n.value())
                                                ? "alternative.needAbsentPlain"
                                                : "alternative.needPlain",
                                        n.parameter(),
                                        String.valueOf(n.value()))
                                : messages.get(
                                        Boolean.FALSE.equals(n.value()) ? "alternative.needAbsent" : "alternative.need",
                                        label,
                                        n.parameter(),
                                        String.valueOf(n.value())));
            }
            refs.add(new Report.AlternativeRef(
                    alt.design().iri(),
                    alt.design().label().in(language),
                    alt.design().closeness(),
                    alt.risk() ? Verdict.RISK : Verdict.COMPATIBLE,
                    alt.measure(),
                    alt.permittedBy().stream()
                            .map(n -> setBy(n, citations, language))
                            .toList(),
                    needs.isEmpty() ? null : needs));
        }
        String none = null;
        if (refs.isEmpty())
            none = a.absolute()
                    ? messages.get("alternative.absolute")
                    : a.tried() == 0
                            ? messages.get("alternative.noDesign")
                            : messages.get(
                                    "alternative.nonePasses",
                                    a.tried(),
                                    assessment.jurisdiction(),
                                    assessment.referenceDate().toString());
        return new Report.AlternativesRef(
                a.measure(),
                type,
                a.aims().stream().map(x -> aims.label(x, language)).toList(),
                refs,
                none);
    }

    /** A norm listed on its own, an option or an obligation: its title, citations, explanation, bounds and for whom. */
    static Report.OptionRef normRef(
            String area,
            Norm norm,
            List<String> groups,
            List<String> excluding,
            ManoeuvreTexts texts,
            Citations citations,
            Messages messages,
            Language language) {
        List<String> forWhom = new ArrayList<>(groups);
        excluding.forEach(g -> forWhom.add(messages.get("option.notGroup", g)));
        return new Report.OptionRef(
                area,
                norm.iri(),
                norm.label().in(language),
                citations.of(norm.provisions()),
                norm.explanation().in(language),
                texts.optionBounds(norm),
                forWhom.isEmpty() ? List.of(messages.get("derivation.everyone")) : forWhom);
    }

    private static Report.SetBy setBy(Norm n, Citations citations, Language language) {
        return new Report.SetBy(n.iri(), n.label().in(language), citations.of(n.provisions()));
    }

    /** The sentence for a measure without findings, naming the instruments that would regulate it but do not apply here. */
    private static String notAssessedNote(
            Measure m,
            NotAssessed why,
            Assessment assessment,
            Messages messages,
            Citations citations,
            Language language) {
        String instruments = String.join(
                ", ",
                why.instruments().stream()
                        .map(s -> s.instrument().abbreviation(language) + " ("
                                + messages.get("instrumentStatus." + s.status(), String.valueOf(s.bindingFrom()))
                                + ")")
                        .toList());
        String later = String.join(
                "; ",
                why.laterProvisions().stream()
                        .map(p -> citations.text(List.of(p)) + " (" + p.appliesFrom() + ")")
                        .toList());
        return messages.get(
                "notAssessed." + why.reason().name(),
                m.type(),
                assessment.jurisdiction(),
                assessment.referenceDate().toString(),
                instruments,
                later);
    }

    private static List<Report.InstrumentRef> instruments(Assessment assessment, boolean applied, Language language) {
        return instruments(assessment.instruments(), applied, language);
    }

    /** The instruments applied (or not, with why) for a state and date, as a report lists them. */
    static List<Report.InstrumentRef> instruments(
            List<org.lexcheck.assessment.InstrumentStatus> statuses, boolean applied, Language language) {
        return statuses.stream()
                .filter(s -> s.applied() == applied)
                .map(s -> new Report.InstrumentRef(
                        s.instrument().code(),
                        s.instrument().abbreviation(language),
                        s.instrument().title().in(language),
                        s.instrument().iri(),
                        applied ? null : s.status(),
                        s.bindingFrom() == null ? null : s.bindingFrom().toString()))
                .toList();
    }

    static ReportFinding.CaseRef caseRef(CaseLaw c, Language language) {
        return new ReportFinding.CaseRef(
                c.caseNumber(),
                c.ecli(),
                c.name().in(language),
                c.court(),
                c.date() == null ? null : c.date().toString());
    }
}
