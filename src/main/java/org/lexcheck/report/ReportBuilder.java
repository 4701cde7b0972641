package org.lexcheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lexcheck.engine.CheckResult;
import org.lexcheck.engine.Finding;
import org.lexcheck.engine.InstrumentStatus;
import org.lexcheck.engine.LimitComparison;
import org.lexcheck.knowledge.CaseLaw;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.knowledge.KnowledgeBase;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.manoeuvre.EffectiveLimit;
import org.lexcheck.manoeuvre.Option;
import org.lexcheck.manoeuvre.Remedy;
import org.lexcheck.manoeuvre.RoomForManoeuvre;
import org.lexcheck.proposal.Measure;

/**
 * Turns the rules' findings into a report in one language: one finding per measure and norm
 * (the worst kind wins, the reasons are joined), verdicts per measure and for the proposal,
 * the law's texts in the language asked for, and the instruments checked.
 */
public final class ReportBuilder {
    private final KnowledgeBase kb;
    private final String engineVersion;

    public ReportBuilder(KnowledgeBase kb, String engineVersion) {
        this.kb = kb;
        this.engineVersion = engineVersion;
    }

    public Report build(CheckResult result, String language) {
        return build(result, null, language, false);
    }

    /**
     * With {@code room} (may be null) the report carries effective limits, options and remedies;
     * with {@code explain} each finding carries its derivation.
     */
    public Report build(CheckResult result, RoomForManoeuvre room, String language, boolean explain) {
        Messages messages = new Messages(language);
        Explanations explanations = new Explanations(messages, kb.vocabulary(), language);
        Derivations derivations = explain ? new Derivations(messages, explanations, new Citations(messages, kb.instruments(), language), language) : null;
        Citations citations = new Citations(messages, kb.instruments(), language);
        ManoeuvreTexts texts = new ManoeuvreTexts(messages, explanations, kb.vocabulary(), citations, language);
        java.util.Set<String> applied = org.lexcheck.engine.NormSelector.appliedInstruments(result.instruments());
        List<ReportFinding> findings = new ArrayList<>();
        List<Report.MeasureVerdict> verdicts = new ArrayList<>();
        for (Measure m : result.proposal().measures()) {
            List<ReportFinding> own = mergedFindings(m, result, explanations, derivations, citations, language, applied);
            if (room != null) own = own.stream().map(f -> withRemedies(f, room, texts)).toList();
            Verdict verdict = Verdict.of(own.stream().map(ReportFinding::kind).toList());
            verdicts.add(new Report.MeasureVerdict(m.id(), m.type(), verdict,
                    verdict == Verdict.NOT_ASSESSED ? notAssessedNote(m, result, messages) : null));
            findings.addAll(own);
        }
        int conflicts = (int) findings.stream().filter(f -> f.kind() == FindingKind.CONFLICT).count();
        int risks = (int) findings.stream().filter(f -> f.kind() == FindingKind.RISK).count();
        int notAssessed = (int) verdicts.stream().filter(v -> v.verdict() == Verdict.NOT_ASSESSED).count();
        Report.Summary summary = new Report.Summary(Verdict.worst(verdicts.stream().map(Report.MeasureVerdict::verdict).toList()),
                conflicts, risks, verdicts.size(), notAssessed);
        return new Report(new Report.ProposalRef(result.proposal().id(), result.proposal().title()),
                result.proposal().jurisdiction(), result.referenceDate().toString(), language, summary, verdicts, findings,
                room == null ? null : room.effectiveLimits().stream().map(l -> effectiveLimit(l, texts, citations, language)).toList(),
                room == null ? null : room.options().stream().map(o -> option(o, texts, citations, messages, language)).toList(),
                instruments(result, true, language), instruments(result, false, language),
                new Report.Provenance(result.rulesVersion(), result.ontologyVersion(), engineVersion));
    }

    private List<ReportFinding> mergedFindings(Measure m, CheckResult result, Explanations explanations, Derivations derivations,
                                               Citations citations, String language, java.util.Set<String> applied) {
        Map<String, List<Finding>> byNorm = new LinkedHashMap<>();
        result.findings().stream().filter(f -> f.measureId().equals(m.id()))
                .sorted(Finding.ORDER)
                .forEach(f -> byNorm.computeIfAbsent(f.normIri(), k -> new ArrayList<>()).add(f));
        List<ReportFinding> merged = new ArrayList<>();
        byNorm.forEach((iri, findings) -> {
            ReportFinding f = merge(m, kb.norm(iri), findings, explanations, citations, language, applied, result.referenceDate());
            if (derivations != null) {
                f = new ReportFinding(f.measure(), f.kind(), f.severity(), f.norm(), f.title(), f.citations(), f.caseLaw(), f.limit(),
                        f.explanation(), f.remedy(), f.remedies(), f.rule(),
                        derivations.of(m, kb.norm(iri), findings, result.proposal().jurisdiction(), result.referenceDate()));
            }
            merged.add(f);
        });
        merged.sort(Comparator.comparing(ReportFinding::kind).thenComparing(f -> f.citations().get(0).instrument())
                .thenComparing(ReportFinding::norm));
        return merged;
    }

    /**
     * One finding per measure and norm. Judgments given after the reference date are not cited:
     * the report states the law as it stood on that day.
     */
    private ReportFinding merge(Measure m, Norm norm, List<Finding> findings, Explanations explanations, Citations citations, String language,
                                java.util.Set<String> applied, java.time.LocalDate referenceDate) {
        FindingKind kind = findings.stream().map(Finding::kind).min(Enum::compareTo).orElseThrow();
        List<Finding> decisive = findings.stream().filter(f -> f.kind() == kind).toList();
        Set<String> sentences = new LinkedHashSet<>();
        decisive.forEach(f -> sentences.add(explanations.reason(f, m.type())));
        sentences.add(norm.explanation().in(language));
        LimitComparison limit = decisive.stream().map(Finding::limit).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        boolean breach = kind == FindingKind.CONFLICT || kind == FindingKind.RISK;
        return new ReportFinding(m.id(), kind, breach ? norm.severity() : null, norm.iri(), norm.label().in(language),
                java.util.stream.Stream.concat(norm.provisions().stream(),
                        norm.readWith().stream().filter(p -> applied.contains(p.instrumentIri()))).map(citations::of).toList(),
                norm.caseLaw().stream().filter(c -> c.date() == null || !c.date().isAfter(referenceDate))
                        .map(c -> caseRef(c, language)).toList(),
                limit == null ? null : new ReportFinding.LimitRef(limit.parameter(), limit.proposed(), limit.min(), limit.max(),
                        limit.required(), limit.allowed(), limit.unit()),
                String.join(" ", sentences), breach ? emptyToNull(norm.remedy().in(language)) : null, null,
                decisive.get(0).rule(), null);
    }

    private static ReportFinding withRemedies(ReportFinding f, RoomForManoeuvre room, ManoeuvreTexts texts) {
        List<Remedy> remedies = room.remediesFor(f.measure(), f.norm());
        if (remedies.isEmpty()) return f;
        return new ReportFinding(f.measure(), f.kind(), f.severity(), f.norm(), f.title(), f.citations(), f.caseLaw(), f.limit(),
                f.explanation(), f.remedy(),
                remedies.stream().map(r -> new ReportFinding.RemedyRef(texts.remedy(r), r.amendedMeasure(), r.verified())).toList(),
                f.rule(), f.derivation());
    }

    private static Report.EffectiveLimitRef effectiveLimit(EffectiveLimit l, ManoeuvreTexts texts, Citations citations, String language) {
        return new Report.EffectiveLimitRef(l.measure(), l.parameter(), l.proposed(), l.min(), l.max(), l.strict() ? Boolean.TRUE : null,
                l.unit(), l.headroom(), l.breachKind().name(), setBy(l.setBy(), citations, language),
                l.conditions().stream().map(c -> texts.condition(c, l.unit())).distinct().toList());
    }

    private static Report.OptionRef option(Option o, ManoeuvreTexts texts, Citations citations, Messages messages, String language) {
        List<String> forWhom = new ArrayList<>(o.forWhom());
        o.excluding().forEach(g -> forWhom.add(messages.get("option.notGroup", g)));
        return new Report.OptionRef(o.area(), o.norm().iri(), o.norm().label().in(language),
                citations.of(o.norm().provisions()), o.norm().explanation().in(language),
                texts.optionBounds(o.norm()), forWhom.isEmpty() ? List.of(messages.get("derivation.everyone")) : forWhom);
    }

    private static Report.SetBy setBy(Norm n, Citations citations, String language) {
        return new Report.SetBy(n.iri(), n.label().in(language), citations.of(n.provisions()));
    }

    private String notAssessedNote(Measure m, CheckResult result, Messages messages) {
        if (!kb.vocabulary().isKnownMeasureType(m.type())) return messages.get("notAssessed.unknownType", m.type());
        return messages.get("notAssessed.noNorm", result.proposal().jurisdiction(), result.referenceDate().toString());
    }

    private static List<Report.InstrumentRef> instruments(CheckResult result, boolean applied, String language) {
        return result.instruments().stream()
                .filter(s -> (s.status() == InstrumentStatus.Status.APPLIED) == applied)
                .map(s -> new Report.InstrumentRef(s.instrument().code(), s.instrument().abbreviation(language),
                        s.instrument().title().in(language), s.instrument().iri(), applied ? null : s.status().name()))
                .toList();
    }

    static ReportFinding.CaseRef caseRef(CaseLaw c, String language) {
        return new ReportFinding.CaseRef(c.caseNumber(), c.ecli(), c.name().in(language), c.court(), c.date() == null ? null : c.date().toString());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
