package org.lexcheck.report;

/** The report as plain text for a terminal or an e-mail: verdicts first, then each finding. */
final class TextReport {
    private TextReport() {}

    static String render(Report r, Messages m) {
        StringBuilder out = new StringBuilder();
        out.append(m.get("text.title", r.proposal().id(), nullToEmpty(r.proposal().title()))).append('\n');
        out.append(m.get("text.scope", r.jurisdiction(), r.referenceDate())).append('\n');
        out.append(m.get("text.summary", r.summary().verdict(), r.summary().conflicts(), r.summary().risks(), r.summary().measures())).append("\n\n");
        for (Report.MeasureVerdict v : r.measures()) {
            out.append(String.format("%-13s %s (%s)%n", v.verdict(), v.id(), v.type()));
            if (v.note() != null) out.append("              ").append(v.note()).append('\n');
            for (ReportFinding f : r.findings()) {
                if (!f.measure().equals(v.id())) continue;
                out.append("  ").append(f.kind()).append(f.severity() == null ? "" : " [" + f.severity() + "]").append(": ")
                        .append(citations(f)).append('\n');
                wrap(out, f.explanation(), "      ");
                if (f.remedy() != null) wrap(out, m.get("text.remedy") + " " + f.remedy(), "      ");
                if (f.remedies() != null) {
                    for (ReportFinding.RemedyRef rem : f.remedies()) wrap(out, (rem.verified() ? "+ " : "- ") + rem.description(), "        ");
                }
                out.append("      ").append(m.get("text.rule")).append(' ').append(f.rule()).append('\n');
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
                out.append(String.format("  %s %s: %s%s%s, %s %s (%s)%n", l.measure(), l.parameter(),
                        l.max() != null ? "max " + l.max() : "min " + l.min(), Boolean.TRUE.equals(l.strict()) ? " (excluded)" : "",
                        l.proposed() == null ? "" : ", proposed " + l.proposed(), m.get("text.headroom"),
                        l.headroom() == null ? "?" : l.headroom(), String.join("; ", l.setBy().citations().stream().map(TextReport::citation).toList())));
                for (String c : l.conditions()) wrap(out, c, "      ");
            }
            out.append('\n');
        }
        if (r.options() != null && !r.options().isEmpty()) {
            out.append(m.get("text.options")).append('\n');
            for (Report.OptionRef o : r.options()) {
                out.append("  ").append(o.area()).append(": ").append(String.join("; ", o.citations().stream().map(TextReport::citation).toList()))
                        .append(" - ").append(o.title()).append('\n');
                wrap(out, o.bounds() + " (" + String.join(", ", o.forWhom()) + ")", "      ");
            }
            out.append('\n');
        }
        out.append(m.get("text.instruments")).append(' ');
        out.append(String.join(", ", r.instrumentsChecked().stream().map(Report.InstrumentRef::code).toList())).append('\n');
        if (!r.instrumentsNotApplied().isEmpty()) {
            out.append(m.get("text.notApplied")).append(' ');
            out.append(String.join(", ", r.instrumentsNotApplied().stream().map(i -> i.code() + " (" + i.reason() + ")").toList())).append('\n');
        }
        out.append(m.get("text.provenance", r.provenance().rulesVersion(), r.provenance().ontologyVersion(), r.provenance().engineVersion())).append('\n');
        return out.toString();
    }

    static String citation(ReportFinding.Citation c) {
        return c.instrument() + " Art " + c.article() + (c.paragraph() == null ? "" : "(" + c.paragraph() + ")");
    }

    static String citations(ReportFinding f) {
        StringBuilder s = new StringBuilder();
        for (ReportFinding.Citation c : f.citations()) {
            if (!s.isEmpty()) s.append("; ");
            s.append(c.instrument()).append(" Art ").append(c.article());
            if (c.paragraph() != null) s.append('(').append(c.paragraph()).append(')');
            if (c.point() != null) s.append('(').append(c.point()).append(')');
        }
        for (ReportFinding.CaseRef c : f.caseLaw()) s.append("; ").append(c.name()).append(", ").append(c.caseNumber());
        return s.toString();
    }

    private static void wrap(StringBuilder out, String text, String indent) {
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
