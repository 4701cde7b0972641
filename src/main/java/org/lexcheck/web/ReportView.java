package org.lexcheck.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lexcheck.knowledge.Language;
import org.lexcheck.knowledge.Vocabulary;
import org.lexcheck.report.Messages;
import org.lexcheck.report.Report;
import org.lexcheck.report.ReportFinding;

/**
 * One report as the page shows it: the verdict matrix, the findings per measure with their
 * sources and remedies, the limits and timelines drawn, the options, obligations, alternatives
 * and assumptions. The texts are the report's own (in its language); this class only arranges them.
 */
public final class ReportView {
    /** A finding, its sources linked. */
    public record FindingView(
            String kind,
            String severity,
            String title,
            List<Sources.Link> citations,
            List<Sources.Link> caseLaw,
            String explanation,
            List<String> assumptions,
            String remedy,
            List<ReportFinding.RemedyRef> remedies,
            boolean pending) {}

    public record MeasureView(
            String id, String type, String typeLabel, String verdict, String note, List<FindingView> findings) {}

    public record OptionView(List<Sources.Link> citations, String title, String bounds, List<String> forWhom) {}

    public record ObligationView(String status, List<String> measures, List<Sources.Link> citations, String title) {}

    public record AlternativeView(
            String verdict,
            String title,
            int closeness,
            String measure,
            List<Sources.Link> permittedBy,
            List<String> permittedByTitles,
            List<String> needs) {}

    public record AlternativesView(
            String measure, String type, List<String> aims, String none, List<AlternativeView> list) {}

    private final Report report;
    private final Messages messages;
    private final Sources sources;
    private final Vocabulary vocabulary;
    private final Language language;

    ReportView(Report report, Vocabulary vocabulary) {
        this.report = report;
        this.language = Language.of(report.language()).orElse(Language.EN);
        this.messages = new Messages(language);
        this.sources = new Sources(report, messages, language);
        this.vocabulary = vocabulary;
    }

    public Report report() {
        return report;
    }

    public String language() {
        return language.code();
    }

    public String title() {
        return messages.get(
                "text.title",
                report.proposal().id(),
                report.proposal().title() == null ? "" : report.proposal().title());
    }

    public String scope() {
        return messages.get("text.scope", report.jurisdiction(), report.referenceDate());
    }

    public String verdict() {
        return report.summary().verdict().name();
    }

    public String summary() {
        Report.Summary s = report.summary();
        return messages.get(
                "text.summary", messages.get("verdict." + s.verdict().name()), s.conflicts(), s.risks(), s.measures());
    }

    public String typeLabel(String type) {
        return vocabulary.label(type).in(language);
    }

    public VerdictMatrix matrix() {
        return VerdictMatrix.of(report, this::typeLabel);
    }

    public List<MeasureView> measures() {
        return report.measures().stream()
                .map(v -> new MeasureView(
                        v.id(),
                        v.type(),
                        typeLabel(v.type()),
                        v.verdict().name(),
                        v.note(),
                        report.findings().stream()
                                .filter(f -> f.measure().equals(v.id()))
                                .map(this::finding)
                                .toList()))
                .toList();
    }

    private FindingView finding(ReportFinding f) {
        return new FindingView(
                f.kind().name(),
                f.severity() == null ? null : f.severity().name(),
                f.title(),
                sources.citations(f.citations()),
                f.caseLaw() == null
                        ? List.of()
                        : f.caseLaw().stream().map(sources::judgment).toList(),
                f.explanation(),
                f.assumptions() == null ? List.of() : f.assumptions(),
                f.remedy(),
                f.remedies() == null ? List.of() : f.remedies(),
                Boolean.TRUE.equals(f.pending()));
    }

    public List<LimitBar> limits() {
        if (report.effectiveLimits() == null) return List.of();
        Map<String, String> types = report.measures().stream()
                .collect(Collectors.toMap(Report.MeasureVerdict::id, Report.MeasureVerdict::type, (a, b) -> a));
        return report.effectiveLimits().stream()
                .filter(l -> l.proposed() != null && (l.max() != null || l.min() != null))
                .map(l -> LimitBar.of(
                        l,
                        vocabulary.parameterLabel(types.getOrDefault(l.measure(), ""), l.parameter(), language),
                        messages,
                        sources))
                .toList();
    }

    public List<TimelineBar> timelines() {
        return report.timelines() == null
                ? List.of()
                : report.timelines().stream()
                        .filter(t -> t.stages() != null && !t.stages().isEmpty())
                        .map(t -> TimelineBar.of(t, messages))
                        .toList();
    }

    public List<OptionView> options() {
        return report.options() == null
                ? List.of()
                : report.options().stream()
                        .map(o -> new OptionView(
                                sources.citations(o.citations()),
                                o.title(),
                                o.bounds(),
                                o.forWhom() == null ? List.of() : o.forWhom()))
                        .toList();
    }

    public List<ObligationView> obligations() {
        return report.obligations() == null
                ? List.of()
                : report.obligations().stream()
                        .map(o -> new ObligationView(
                                o.status().name(),
                                o.measures() == null ? List.of() : o.measures(),
                                sources.citations(o.citations()),
                                o.title()))
                        .toList();
    }

    public List<AlternativesView> alternatives() {
        return report.alternatives() == null
                ? List.of()
                : report.alternatives().stream()
                        .map(a -> new AlternativesView(
                                a.measure(),
                                typeLabel(a.type()),
                                a.aims() == null ? List.of() : a.aims(),
                                a.none(),
                                a.alternatives() == null
                                        ? List.of()
                                        : a.alternatives().stream()
                                                .map(this::alternative)
                                                .toList()))
                        .toList();
    }

    private AlternativeView alternative(Report.AlternativeRef a) {
        List<Report.SetBy> by = a.permittedBy() == null ? List.of() : a.permittedBy();
        return new AlternativeView(
                a.verdict().name(),
                a.title(),
                a.closeness(),
                a.measure() == null ? "" : MeasureText.of(a.measure(), vocabulary, language),
                by.stream()
                        .flatMap(s -> sources.citations(s.citations()).stream())
                        .toList(),
                by.stream().map(Report.SetBy::title).toList(),
                a.needs() == null ? List.of() : a.needs());
    }

    public List<String> assumptions() {
        return report.assumptions() == null
                ? List.of()
                : report.assumptions().stream().map(Report.AssumptionRef::text).toList();
    }

    public List<Sources.Link> instruments() {
        return report.instrumentsChecked() == null
                ? List.of()
                : report.instrumentsChecked().stream().map(sources::instrument).toList();
    }

    public String provenance() {
        return messages.get(
                "text.provenance",
                report.provenance().rulesVersion(),
                report.provenance().ontologyVersion(),
                report.provenance().engineVersion());
    }
}
