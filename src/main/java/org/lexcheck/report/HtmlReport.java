package org.lexcheck.report;

import org.springframework.web.util.HtmlUtils;

/** The report as a self-contained HTML page for reading in a browser. */
final class HtmlReport {
    private HtmlReport() {}

    static String render(Report r, Messages m) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"")
                .append(r.language())
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(e(m.get(
                        "text.title",
                        r.proposal().id(),
                        nullToEmpty(r.proposal().title()))))
                .append("</title>")
                .append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}")
                .append(
                        ".CONFLICT,.UNMET{color:#a00}.RISK,.AT_RISK{color:#a60}.COMPLIANT,.COMPATIBLE{color:#060}.NOT_ASSESSED{color:#555}")
                .append("td,th{text-align:left;padding:.2em .6em;vertical-align:top}</style></head><body>\n");
        h.append("<h1>")
                .append(e(m.get(
                        "text.title",
                        r.proposal().id(),
                        nullToEmpty(r.proposal().title()))))
                .append("</h1>\n");
        h.append("<p>")
                .append(e(m.get("text.scope", r.jurisdiction(), r.referenceDate())))
                .append("<br><strong class=\"")
                .append(r.summary().verdict())
                .append("\">")
                .append(e(m.get(
                        "text.summary",
                        m.get("verdict." + r.summary().verdict().name()),
                        r.summary().conflicts(),
                        r.summary().risks(),
                        r.summary().measures())))
                .append("</strong></p>\n");
        for (Report.MeasureVerdict v : r.measures()) {
            h.append("<h2><span class=\"")
                    .append(v.verdict())
                    .append("\">")
                    .append(v.verdict())
                    .append("</span> ")
                    .append(e(v.id()))
                    .append(" <small>")
                    .append(e(v.type()))
                    .append("</small></h2>\n");
            if (v.nationalities() != null)
                h.append("<p>")
                        .append(e(m.get("text.nationalities", String.join(", ", v.nationalities()))))
                        .append("</p>\n");
            if (v.destinationCountry() != null)
                h.append("<p>")
                        .append(e(m.get("text.destinationCountry", v.destinationCountry())))
                        .append("</p>\n");
            if (v.note() != null) h.append("<p>").append(e(v.note())).append("</p>\n");
            for (ReportFinding f : r.findings()) {
                if (!f.measure().equals(v.id())) continue;
                h.append("<h3 class=\"")
                        .append(f.kind())
                        .append("\">")
                        .append(f.kind())
                        .append(f.severity() == null ? "" : " (" + f.severity() + ")")
                        .append(": ")
                        .append(e(TextReport.citations(f, m) + PendingTexts.tag(r, f, m)))
                        .append("</h3>\n");
                h.append("<p>").append(e(f.explanation())).append("</p>\n");
                if (f.remedy() != null)
                    h.append("<p><em>")
                            .append(e(m.get("text.remedy")))
                            .append("</em> ")
                            .append(e(f.remedy()))
                            .append("</p>\n");
                if (f.remedies() != null) {
                    h.append("<ul>");
                    for (ReportFinding.RemedyRef rem : f.remedies()) {
                        h.append("<li class=\"")
                                .append(rem.verified() ? "COMPLIANT" : "RISK")
                                .append("\">")
                                .append(e(rem.description()))
                                .append("</li>");
                    }
                    h.append("</ul>\n");
                }
                h.append("<p><small>")
                        .append(e(m.get("text.rule")))
                        .append(' ')
                        .append(e(TextReport.ruleName(f.rule(), m)))
                        .append(" &middot; ")
                        .append("<a href=\"")
                        .append(e(f.norm()))
                        .append("\">")
                        .append(e(f.norm()))
                        .append("</a></small></p>\n");
            }
        }
        if (r.effectiveLimits() != null && !r.effectiveLimits().isEmpty()) {
            h.append("<h2>")
                    .append(e(m.get("text.effectiveLimits")))
                    .append("</h2>\n<table><tr><th>")
                    .append(e(m.get("html.measure")))
                    .append("</th><th>")
                    .append(e(m.get("html.parameter")))
                    .append("</th><th>")
                    .append(e(m.get("html.bound")))
                    .append("</th><th>")
                    .append(e(m.get("html.proposed")))
                    .append("</th><th>")
                    .append(e(m.get("text.headroom")))
                    .append("</th><th>")
                    .append(e(m.get("html.setBy")))
                    .append("</th></tr>\n");
            for (Report.EffectiveLimitRef l : r.effectiveLimits()) {
                h.append("<tr><td>")
                        .append(e(l.measure()))
                        .append("</td><td>")
                        .append(e(l.parameter()))
                        .append("</td><td>")
                        .append(e(
                                l.max() != null
                                        ? m.get("text.max", m.number(l.max()))
                                        : m.get("text.min", m.number(l.min()))))
                        .append("</td><td>")
                        .append(e(m.number(l.proposed())))
                        .append("</td><td>")
                        .append(e(m.number(l.headroom())))
                        .append("</td><td>")
                        .append(e(TextReport.citations(l.setBy().citations(), m)))
                        .append(
                                l.conditions().isEmpty()
                                        ? ""
                                        : "<br><small>" + e(String.join(" ", l.conditions())) + "</small>")
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        if (r.options() != null && !r.options().isEmpty()) {
            h.append("<h2>").append(e(m.get("text.options"))).append("</h2>\n<ul>");
            for (Report.OptionRef o : r.options()) {
                h.append("<li><strong>")
                        .append(e(TextReport.citations(o.citations(), m)))
                        .append("</strong> ")
                        .append(e(o.title()))
                        .append(": ")
                        .append(e(o.bounds()))
                        .append(" (")
                        .append(e(String.join(", ", o.forWhom())))
                        .append(")</li>");
            }
            h.append("</ul>\n");
        }
        if (r.obligations() != null && !r.obligations().isEmpty()) {
            h.append("<h2>")
                    .append(e(m.get("text.obligations", r.jurisdiction())))
                    .append("</h2>\n<ul>");
            for (Report.ObligationRef o : r.obligations()) {
                h.append("<li><span class=\"")
                        .append(o.status())
                        .append("\">")
                        .append(e(m.get("obligationStatus." + o.status())))
                        .append("</span>")
                        .append(o.measures() == null ? "" : e(" (" + String.join(", ", o.measures()) + ")"))
                        .append(": <strong>")
                        .append(e(TextReport.citations(o.citations(), m)))
                        .append("</strong> ")
                        .append(e(o.title()))
                        .append("</li>");
            }
            h.append("</ul>\n");
        }
        if (r.alternatives() != null && !r.alternatives().isEmpty()) {
            h.append("<h2>").append(e(m.get("text.alternatives"))).append("</h2>\n");
            for (Report.AlternativesRef a : r.alternatives()) {
                h.append("<h3>")
                        .append(e(a.measure() + " (" + a.type() + ")"))
                        .append("</h3>\n<p>")
                        .append(e(m.get("text.aims") + ": " + String.join("; ", a.aims())))
                        .append("</p>\n");
                if (a.none() != null) h.append("<p>").append(e(a.none())).append("</p>\n");
                if (a.alternatives().isEmpty()) continue;
                h.append("<ol>");
                for (Report.AlternativeRef alt : a.alternatives()) {
                    h.append("<li><span class=\"")
                            .append(alt.verdict())
                            .append("\">")
                            .append(e(m.get("verdict." + alt.verdict())))
                            .append("</span> <code>")
                            .append(e(TextReport.measure(alt.measure())))
                            .append("</code>: ")
                            .append(e(alt.title()));
                    for (Report.SetBy s : alt.permittedBy())
                        h.append("<br><small>")
                                .append(e(TextReport.citations(s.citations(), m) + " (" + s.title() + ")"))
                                .append("</small>");
                    if (alt.needs() != null)
                        for (String need : alt.needs())
                            h.append("<br><em>").append(e(need)).append("</em>");
                    h.append("</li>");
                }
                h.append("</ol>\n");
            }
        }
        if (r.assumptions() != null && !r.assumptions().isEmpty()) {
            h.append("<h2>").append(e(m.get("text.assumptions"))).append("</h2>\n<ul>");
            for (Report.AssumptionRef a : r.assumptions())
                h.append("<li>").append(e(a.text())).append("</li>");
            h.append("</ul>\n");
        }
        TimelineReports.html(h, r.timelines(), m);
        ExecutionTexts.html(h, r, m);
        if (PendingTexts.lines(r, m) != null) {
            h.append("<h2>").append(e(m.get("text.pendingLaw"))).append("</h2>\n<ul>");
            for (String line : PendingTexts.lines(r, m))
                h.append("<li>").append(e(line)).append("</li>");
            h.append("</ul>\n");
        }
        h.append("<p>")
                .append(e(m.get("text.instruments")))
                .append(' ')
                .append(e(String.join(
                        ", ",
                        r.instrumentsChecked().stream()
                                .map(TextReport::instrument)
                                .toList())))
                .append("</p>\n");
        h.append("<p><small>")
                .append(e(m.get(
                        "text.provenance",
                        r.provenance().rulesVersion(),
                        r.provenance().ontologyVersion(),
                        r.provenance().engineVersion())))
                .append("</small></p>\n</body></html>\n");
        return h.toString();
    }

    private static String e(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
