package org.lexcheck.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lexcheck.assessment.Numbers;
import org.lexcheck.knowledge.Language;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.timeline.Timeline;

/**
 * Renders cumulative timelines: the report's {@code timelines} section, the findings a total
 * beyond a bound adds to a measure, and the text and HTML sections. Nothing is decided here.
 */
final class TimelineReports {
    static final String RULE = "Cumulative timeline exceeded";

    private final Messages messages;
    private final Citations citations;
    private final Language language;
    private final java.time.LocalDate date;

    TimelineReports(Messages messages, Citations citations, Language language, java.time.LocalDate date) {
        this.messages = messages;
        this.citations = citations;
        this.language = language;
        this.date = date;
    }

    List<TimelineRef> refs(List<Timeline> timelines) {
        List<TimelineRef> out = new ArrayList<>();
        for (Timeline t : timelines) {
            List<TimelineRef.StageRef> stages = t.stages().stream()
                    .map(s -> new TimelineRef.StageRef(
                            s.stage().code(),
                            s.stage().label().in(language),
                            s.measure().id(),
                            s.measure().type(),
                            s.stage().parameter(),
                            number(s.months()),
                            s.shorter().isEmpty() ? null : s.shorter()))
                    .toList();
            List<TimelineRef.BoundRef> bounds = t.bounds().stream()
                    .map(b -> new TimelineRef.BoundRef(
                            b.bound().norm().iri(),
                            b.bound().norm().label().in(language),
                            citations.of(b.bound().norm().provisions()),
                            caseLaw(b.bound().norm()),
                            b.stages().stream().map(s -> s.stage().code()).toList(),
                            number(b.months()),
                            number(b.max()),
                            "MONTHS",
                            b.outcome().name(),
                            b.findingOn(),
                            b.reportedOn(),
                            boundText(b)))
                    .toList();
            out.add(new TimelineRef(
                    t.path().iri(),
                    t.path().label().in(language),
                    t.path().person(),
                    t.nationality(),
                    stages,
                    number(t.total()),
                    bounds));
        }
        return out;
    }

    /**
     * The findings the timelines add, by measure id: one for each bound whose total is beyond it
     * and not already reported, on the measure that adds most; where several paths put the same
     * bound on the same measure (a decision time for refugees and for subsidiary protection), one
     * finding names every path, with the largest total and the worst kind.
     */
    Map<String, List<ReportFinding>> findings(List<Timeline> timelines, boolean explain) {
        Map<String, List<Timeline.BoundCheck>> byKey = new java.util.LinkedHashMap<>();
        Map<Timeline.BoundCheck, Timeline> pathOf = new java.util.IdentityHashMap<>();
        for (Timeline t : timelines) {
            for (Timeline.BoundCheck b : t.bounds()) {
                if (b.findingOn() == null) continue;
                byKey.computeIfAbsent(b.findingOn() + " " + b.bound().norm().iri(), k -> new ArrayList<>())
                        .add(b);
                pathOf.put(b, t);
            }
        }
        Map<String, List<ReportFinding>> out = new java.util.LinkedHashMap<>();
        for (List<Timeline.BoundCheck> checks : byKey.values()) {
            Timeline.BoundCheck first = checks.get(0);
            Norm n = first.bound().norm();
            Timeline.BoundCheck worst = checks.stream()
                    .min(java.util.Comparator.comparing(
                                    (Timeline.BoundCheck b) -> b.outcome().findingKind())
                            .thenComparing(b -> b.months().negate()))
                    .orElseThrow();
            String sentences = checks.stream()
                    .map(b -> messages.get(
                            "timeline.finding",
                            pathOf.get(b).path().label().in(language),
                            messages.number(number(b.months())),
                            stages(b.stages()),
                            messages.number(number(b.max()))))
                    .collect(Collectors.joining(" "));
            out.computeIfAbsent(first.findingOn(), k -> new ArrayList<>())
                    .add(new ReportFinding(
                            first.findingOn(),
                            worst.outcome().findingKind(),
                            n.severity(),
                            n.iri(),
                            null,
                            null,
                            n.label().in(language),
                            citations.of(n.provisions()),
                            caseLaw(n),
                            new ReportFinding.LimitRef(
                                    "months",
                                    number(worst.months()),
                                    null,
                                    number(worst.max()),
                                    null,
                                    null,
                                    "MONTHS",
                                    null),
                            sentences + " " + n.explanation().in(language),
                            null,
                            n.remedy().in(language),
                            null,
                            RULE,
                            explain
                                    ? checks.stream()
                                            .flatMap(b -> b.stages().stream())
                                            .map(this::stage)
                                            .distinct()
                                            .toList()
                                    : null,
                            null));
        }
        return out;
    }

    /**
     * Adds a measure's timeline findings in the report's order of findings: by kind, then the
     * instrument code of the first citation, then norm (contract section 4).
     */
    static void insert(List<ReportFinding> own, List<ReportFinding> added) {
        java.util.Comparator<ReportFinding> order = java.util.Comparator.comparing(ReportFinding::kind)
                .thenComparing(
                        f -> f.citations().isEmpty() ? "" : f.citations().get(0).instrument())
                .thenComparing(ReportFinding::norm);
        for (ReportFinding f : added) {
            int at = 0;
            while (at < own.size() && order.compare(own.get(at), f) <= 0) at++;
            own.add(at, f);
        }
    }

    private List<ReportFinding.CaseRef> caseLaw(Norm n) {
        return n.caseLaw().stream()
                .filter(c -> c.date() == null || !c.date().isAfter(date))
                .map(c -> ReportBuilder.caseRef(c, language))
                .toList();
    }

    /** "within the bound of at most 24 months" or "beyond it", with the stages added up. */
    private String boundText(Timeline.BoundCheck b) {
        String months = messages.number(number(b.months()));
        String max = messages.number(number(b.max()));
        return switch (b.outcome()) {
            case WITHIN -> messages.get("timeline.within", months, max, stages(b.stages()));
            case RISK, CONFLICT ->
                messages.get(
                                "timeline.beyond",
                                months,
                                max,
                                stages(b.stages()),
                                messages.get("timeline.kind." + b.outcome().name()))
                        + " "
                        + (b.findingOn() != null
                                ? messages.get("timeline.findingOn", b.findingOn())
                                : messages.get("timeline.reportedOn", b.reportedOn()));
        };
    }

    private String stages(List<Timeline.Stage> stages) {
        return stages.stream().map(this::stage).collect(Collectors.joining("; "));
    }

    private String stage(Timeline.Stage s) {
        String text = messages.get(
                "timeline.stage",
                s.stage().label().in(language),
                messages.number(number(s.months())),
                s.measure().id(),
                s.measure().type());
        return s.shorter().isEmpty()
                ? text
                : text + " " + messages.get("timeline.shorter", String.join(", ", s.shorter()));
    }

    private static Number number(BigDecimal value) {
        return Numbers.number(value.doubleValue());
    }

    // ------------------------------------------------------------ text and HTML

    /** The text section: each path with its stages, total and bounds. */
    static void text(StringBuilder out, List<TimelineRef> timelines, Messages m) {
        if (timelines == null || timelines.isEmpty()) return;
        out.append(m.get("text.timelines")).append('\n');
        for (TimelineRef t : timelines) {
            out.append("  ")
                    .append(t.title())
                    .append(" (")
                    .append(t.person())
                    .append(t.nationality() == null ? "" : ", " + m.get("timeline.nationality", t.nationality()))
                    .append(")\n");
            for (TimelineRef.StageRef s : t.stages()) {
                TextReport.wrap(
                        out,
                        m.get("timeline.stage", s.title(), m.number(s.months()), s.measure(), s.type())
                                + (s.shorter() == null
                                        ? ""
                                        : " " + m.get("timeline.shorter", String.join(", ", s.shorter()))),
                        "    ");
            }
            out.append("    ")
                    .append(m.get("text.timeline.total", m.number(t.totalMonths())))
                    .append('\n');
            for (TimelineRef.BoundRef b : t.bounds()) {
                TextReport.wrap(
                        out,
                        m.get("timeline.outcome." + b.outcome()) + ": " + TextReport.citations(b.citations(), m) + " - "
                                + b.title(),
                        "    ");
                TextReport.wrap(out, b.text(), "      ");
            }
        }
        out.append('\n');
    }

    /** The HTML section: a table of stages per path, then each bound. */
    static void html(StringBuilder h, List<TimelineRef> timelines, Messages m) {
        if (timelines == null || timelines.isEmpty()) return;
        h.append("<h2>").append(e(m.get("text.timelines"))).append("</h2>\n");
        for (TimelineRef t : timelines) {
            h.append("<h3>")
                    .append(e(t.title()))
                    .append(" (")
                    .append(e(t.person()))
                    .append(e(t.nationality() == null ? "" : ", " + m.get("timeline.nationality", t.nationality())))
                    .append(")</h3>\n<table><tr><th>")
                    .append(e(m.get("html.stage")))
                    .append("</th><th>")
                    .append(e(m.get("html.measure")))
                    .append("</th><th>")
                    .append(e(m.get("html.months")))
                    .append("</th></tr>\n");
            for (TimelineRef.StageRef s : t.stages()) {
                h.append("<tr><td>")
                        .append(e(s.title()))
                        .append("</td><td>")
                        .append(e(s.measure() + " (" + s.type() + ")"))
                        .append(
                                s.shorter() == null
                                        ? ""
                                        : "<br><small>"
                                                + e(m.get("timeline.shorter", String.join(", ", s.shorter())))
                                                + "</small>")
                        .append("</td><td>")
                        .append(e(m.number(s.months())))
                        .append("</td></tr>\n");
            }
            h.append("<tr><th colspan=\"2\">")
                    .append(e(m.get("html.total")))
                    .append("</th><th>")
                    .append(e(m.number(t.totalMonths())))
                    .append("</th></tr>\n</table>\n<ul>");
            for (TimelineRef.BoundRef b : t.bounds()) {
                h.append("<li><strong>")
                        .append(e(m.get("timeline.outcome." + b.outcome())))
                        .append(": ")
                        .append(e(TextReport.citations(b.citations(), m)))
                        .append("</strong> ")
                        .append(e(b.title()))
                        .append(". ")
                        .append(e(b.text()))
                        .append("</li>");
            }
            h.append("</ul>\n");
        }
    }

    private static String e(String s) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(s == null ? "" : s);
    }
}
