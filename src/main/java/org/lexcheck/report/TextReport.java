package org.lexcheck.report;

/** The report as plain text for a terminal or an e-mail: verdicts first, then each finding. */
final class TextReport {
    private TextReport() {}

    static String render(Report r, Messages m) {
        StringBuilder out = new StringBuilder();
        out.append(m.get(
                        "text.title",
                        r.proposal().id(),
                        nullToEmpty(r.proposal().title())))
                .append('\n');
        out.append(m.get("text.scope", r.jurisdiction(), r.referenceDate())).append('\n');
        out.append(m.get(
                        "text.summary",
                        m.get("verdict." + r.summary().verdict().name()),
                        r.summary().conflicts(),
                        r.summary().risks(),
                        r.summary().measures()))
                .append("\n\n");
        for (Report.MeasureVerdict v : r.measures()) {
            out.append(String.format("%-13s %s (%s)%n", v.verdict(), v.id(), v.type()));
            if (v.note() != null) out.append("              ").append(v.note()).append('\n');
            if (v.nationalities() != null)
                out.append("              ")
                        .append(m.get("text.nationalities", String.join(", ", v.nationalities())))
                        .append('\n');
            if (v.destinationCountry() != null)
                out.append("              ")
                        .append(m.get("text.destinationCountry", v.destinationCountry()))
                        .append('\n');
            for (ReportFinding f : r.findings()) {
                if (!f.measure().equals(v.id())) continue;
                out.append("  ")
                        .append(f.kind())
                        .append(f.severity() == null ? "" : " [" + f.severity() + "]")
                        .append(": ")
                        .append(citations(f, m))
                        .append(PendingTexts.tag(r, f, m))
                        .append('\n');
                wrap(out, f.explanation(), "      ");
                if (f.remedy() != null) wrap(out, m.get("text.remedy") + " " + f.remedy(), "      ");
                if (f.remedies() != null) {
                    for (ReportFinding.RemedyRef rem : f.remedies())
                        wrap(out, (rem.verified() ? "+ " : "- ") + rem.description(), "        ");
                }
                out.append("      ")
                        .append(m.get("text.rule"))
                        .append(' ')
                        .append(ruleName(f.rule(), m))
                        .append('\n');
                if (f.derivation() != null) {
                    out.append("      ").append(m.get("text.derivation")).append('\n');
                    for (String line : f.derivation()) wrap(out, "- " + line, "        ");
                }
            }
            out.append('\n');
        }
        if (r.effectiveLimits() != null && !r.effectiveLimits().isEmpty()) {
            out.append(m.get("text.effectiveLimits")).append('\n');
            for (Report.EffectiveLimitRef l : r.effectiveLimits()) {
                out.append(String.format(
                        "  %s %s: %s%s%s, %s %s (%s)%n",
                        l.measure(),
                        l.parameter(),
                        l.max() != null ? m.get("text.max", m.number(l.max())) : m.get("text.min", m.number(l.min())),
                        Boolean.TRUE.equals(l.strict()) ? " " + m.get("text.excluded") : "",
                        l.proposed() == null ? "" : ", " + m.get("text.proposed", m.number(l.proposed())),
                        m.get("text.headroom"),
                        l.headroom() == null ? "?" : m.number(l.headroom()),
                        citations(l.setBy().citations(), m)));
                for (String c : l.conditions()) wrap(out, c, "      ");
            }
            out.append('\n');
        }
        if (r.options() != null && !r.options().isEmpty()) {
            out.append(m.get("text.options")).append('\n');
            for (Report.OptionRef o : r.options()) {
                out.append("  ")
                        .append(o.area())
                        .append(": ")
                        .append(citations(o.citations(), m))
                        .append(" - ")
                        .append(o.title())
                        .append('\n');
                wrap(out, o.bounds() + " (" + String.join(", ", o.forWhom()) + ")", "      ");
            }
            out.append('\n');
        }
        if (r.obligations() != null && !r.obligations().isEmpty()) obligations(out, r, m);
        if (r.alternatives() != null && !r.alternatives().isEmpty()) alternatives(out, r, m);
        if (r.assumptions() != null && !r.assumptions().isEmpty()) {
            out.append(m.get("text.assumptions")).append('\n');
            for (Report.AssumptionRef a : r.assumptions()) wrap(out, a.text(), "  ");
            out.append('\n');
        }
        TimelineReports.text(out, r.timelines(), m);
        ExecutionTexts.text(out, r, m);
        if (PendingTexts.lines(r, m) != null) {
            out.append(m.get("text.pendingLaw")).append('\n');
            for (String line : PendingTexts.lines(r, m)) wrap(out, line, "  ");
            out.append('\n');
        }
        footer(out, r.instrumentsChecked(), r.instrumentsNotApplied(), r.provenance(), m);
        return out.toString();
    }

    /**
     * The state's obligations in the areas touched that the measures reach, one line each with their
     * status and measures; those not reached only counted, with the command that lists them (the
     * JSON, XML and HTML forms list them all).
     */
    private static void obligations(StringBuilder out, Report r, Messages m) {
        out.append(m.get("text.obligations", r.jurisdiction())).append('\n');
        int untouched = 0;
        for (Report.ObligationRef o : r.obligations()) {
            if (o.measures() == null) {
                untouched++;
                continue;
            }
            wrap(
                    out,
                    m.get("obligationStatus." + o.status()) + " (" + String.join(", ", o.measures()) + "): "
                            + citations(o.citations(), m) + " - " + o.title(),
                    "  ");
        }
        if (untouched > 0)
            wrap(out, m.get("text.obligationsUntouched", untouched, r.jurisdiction(), r.referenceDate()), "  ");
        out.append('\n');
    }

    /** For each conflicting measure, the alternatives that pass (closest to its aim first), or why there is none. */
    private static void alternatives(StringBuilder out, Report r, Messages m) {
        out.append(m.get("text.alternatives")).append('\n');
        for (Report.AlternativesRef a : r.alternatives()) {
            wrap(
                    out,
                    a.measure() + " (" + a.type() + "), " + m.get("text.aims") + ": " + String.join("; ", a.aims()),
                    "  ");
            if (a.none() != null) wrap(out, a.none(), "      ");
            int i = 1;
            for (Report.AlternativeRef alt : a.alternatives()) {
                wrap(
                        out,
                        (i++) + ". " + m.get("verdict." + alt.verdict()) + " " + measure(alt.measure()) + ": "
                                + alt.title(),
                        "      ");
                if (!alt.permittedBy().isEmpty())
                    wrap(
                            out,
                            m.get("text.permittedBy") + ": "
                                    + String.join(
                                            "; ",
                                            alt.permittedBy().stream()
                                                    .map(s -> citations(s.citations(), m) + " (" + s.title() + ")")
                                                    .toList()),
                            "         ");
                if (alt.needs() != null) for (String need : alt.needs()) wrap(out, need, "         ");
            }
        }
        out.append('\n');
    }

    /** A measure in one line: type, parameters and safeguards, as a proposal would give them. */
    static String measure(org.lexcheck.proposal.Measure x) {
        StringBuilder s = new StringBuilder(x.type());
        x.parameters().forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
        if (!x.safeguards().isEmpty()) s.append(" +").append(String.join(" +", x.safeguards()));
        return s.toString();
    }

    /** The instruments checked and not applied (with why), then the versions: the last lines of every text document. */
    static void footer(
            StringBuilder out,
            java.util.List<Report.InstrumentRef> checked,
            java.util.List<Report.InstrumentRef> notApplied,
            Report.Provenance provenance,
            Messages m) {
        out.append(m.get("text.instruments")).append(' ');
        out.append(String.join(
                        ", ", checked.stream().map(TextReport::instrument).toList()))
                .append('\n');
        if (!notApplied.isEmpty()) {
            out.append(m.get("text.notApplied")).append(' ');
            out.append(String.join(
                            ", ",
                            notApplied.stream()
                                    .map(i -> instrument(i) + " ("
                                            + m.get("instrumentStatus." + i.reason(), String.valueOf(i.bindingFrom()))
                                            + ")")
                                    .toList()))
                    .append('\n');
        }
        out.append(m.get(
                        "text.provenance",
                        provenance.rulesVersion(),
                        provenance.ontologyVersion(),
                        provenance.engineVersion()))
                .append('\n');
    }

    /** Citations of a bound or an option, to the paragraph. */
    static String citations(java.util.List<ReportFinding.Citation> citations, Messages m) {
        return String.join(
                "; ", citations.stream().map(c -> Citations.text(c, m, false)).toList());
    }

    /** A finding's citations, to the point, then its judgments. */
    static String citations(ReportFinding f, Messages m) {
        StringBuilder s = new StringBuilder();
        for (ReportFinding.Citation c : f.citations()) {
            if (!s.isEmpty()) s.append("; ");
            s.append(Citations.text(c, m, true));
        }
        for (ReportFinding.CaseRef c : f.caseLaw())
            s.append("; ").append(c.name()).append(", ").append(c.caseNumber());
        return s.toString();
    }

    /** The instrument's short name in the report's language where it differs from the code. */
    static String instrument(Report.InstrumentRef i) {
        return i.label() == null || i.label().equals(i.code()) ? i.code() : i.label();
    }

    /** A rule's name in the report's language; rules without a translation keep their own name. */
    static String ruleName(String rule, Messages m) {
        String name = m.has("rule." + rule.replace(' ', '_'));
        return name == null ? rule : name;
    }

    static void wrap(StringBuilder out, String text, String indent) {
        int col = 0;
        out.append(indent);
        for (String word : text.split(" ")) {
            if (col > 0 && col + word.length() > 88) {
                out.append('\n').append(indent);
                col = 0;
            }
            if (col > 0) {
                out.append(' ');
                col++;
            }
            out.append(word);
            col += word.length();
        }
        out.append('\n');
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
