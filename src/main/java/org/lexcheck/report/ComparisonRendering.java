package org.lexcheck.report;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/** A {@link StateComparison} as a plain-text matrix for a terminal or as an HTML page with a coloured table. */
final class ComparisonRendering {
    private ComparisonRendering() {}

    static String text(StateComparison c, Messages m) {
        StringBuilder out = new StringBuilder();
        out.append(m.get(
                        "comparison.title",
                        c.proposal().id(),
                        nullToEmpty(c.proposal().title())))
                .append('\n');
        out.append(m.get(
                        "comparison.scope", c.referenceDate(), c.states().get(0).jurisdiction()))
                .append("\n\n");
        List<List<String>> table = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of(m.get("comparison.measure")));
        c.states().forEach(s -> head.add(s.jurisdiction()));
        table.add(head);
        for (StateComparison.MeasureRow row : c.measures()) {
            List<String> line = new ArrayList<>(List.of(row.measure() + " " + row.type()));
            row.cells().forEach(cell -> line.add(verdict(cell.verdict(), m) + marker(cell)));
            table.add(line);
        }
        List<String> overall = new ArrayList<>(List.of(m.get("comparison.overall")));
        c.states().forEach(s -> overall.add(verdict(s.verdict(), m)));
        table.add(overall);
        int[] width = new int[head.size()];
        for (List<String> line : table)
            for (int i = 0; i < line.size(); i++)
                width[i] = Math.max(width[i], line.get(i).length());
        for (List<String> line : table) {
            StringBuilder l = new StringBuilder();
            for (int i = 0; i < line.size(); i++) {
                l.append(line.get(i));
                if (i < line.size() - 1)
                    l.append(" ".repeat(width[i] - line.get(i).length() + 2));
            }
            out.append(l.toString().stripTrailing()).append('\n');
        }
        boolean any = false;
        for (StateComparison.MeasureRow row : c.measures()) {
            for (StateComparison.Cell cell : row.cells()) {
                if (cell.differences() == null) continue;
                if (!any) {
                    out.append('\n')
                            .append(m.get("comparison.why", c.states().get(0).jurisdiction()))
                            .append('\n');
                    any = true;
                }
                for (StateComparison.Difference d : cell.differences())
                    TextReport.wrap(out, "- " + row.measure() + ", " + cell.jurisdiction() + ": " + d.text(), "  ");
            }
        }
        if (!any) out.append('\n').append(m.get("comparison.same")).append('\n');
        out.append(m.get(
                        "text.provenance",
                        c.provenance().rulesVersion(),
                        c.provenance().ontologyVersion(),
                        c.provenance().engineVersion()))
                .append('\n');
        return out.toString();
    }

    static String html(StateComparison c, Messages m) {
        String title = m.get(
                "comparison.title", c.proposal().id(), nullToEmpty(c.proposal().title()));
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"")
                .append(c.language())
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(e(title))
                .append("</title><style>body{font-family:sans-serif;max-width:60em;margin:2em auto}")
                .append("table{border-collapse:collapse}td,th{text-align:left;padding:.3em .6em;border:1px solid #ccc}")
                .append(".CONFLICT{background:#fdd}.RISK{background:#fed}.COMPATIBLE{background:#dfd}")
                .append(".NOT_ASSESSED{background:#eee}</style></head><body>\n");
        h.append("<h1>")
                .append(e(title))
                .append("</h1>\n<p>")
                .append(e(m.get(
                        "comparison.scope", c.referenceDate(), c.states().get(0).jurisdiction())))
                .append("</p>\n<table>\n<caption>")
                .append(e(m.get("comparison.overall") + ": "
                        + String.join(
                                ", ",
                                c.states().stream()
                                        .map(s -> s.jurisdiction() + " " + verdict(s.verdict(), m))
                                        .toList())))
                .append("</caption>\n<thead><tr><th scope=\"col\">")
                .append(e(m.get("comparison.measure")))
                .append("</th>");
        c.states()
                .forEach(s -> h.append("<th scope=\"col\">")
                        .append(e(s.jurisdiction()))
                        .append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        List<String> notes = new ArrayList<>();
        for (StateComparison.MeasureRow row : c.measures()) {
            h.append("<tr><th scope=\"row\">")
                    .append(e(row.measure()))
                    .append(" <small>")
                    .append(e(row.type()))
                    .append("</small></th>");
            for (StateComparison.Cell cell : row.cells()) {
                h.append("<td class=\"").append(cell.verdict()).append("\">").append(e(verdict(cell.verdict(), m)));
                if (cell.differences() != null) {
                    StringBuilder note = new StringBuilder();
                    for (StateComparison.Difference d : cell.differences()) {
                        if (!note.isEmpty()) note.append(' ');
                        note.append(e(d.text()));
                    }
                    notes.add("<li id=\"d" + (notes.size() + 1) + "\">" + e(row.measure()) + ", "
                            + e(cell.jurisdiction()) + ": " + note + "</li>");
                    h.append(marker(cell))
                            .append(" <a href=\"#d")
                            .append(notes.size())
                            .append("\">[")
                            .append(notes.size())
                            .append("]</a>");
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("<tr><th scope=\"row\">")
                .append(e(m.get("comparison.overall")))
                .append("</th>");
        c.states()
                .forEach(s -> h.append("<td class=\"")
                        .append(s.verdict())
                        .append("\"><strong>")
                        .append(e(verdict(s.verdict(), m)))
                        .append("</strong></td>"));
        h.append("</tr>\n</tbody></table>\n");
        if (notes.isEmpty()) h.append("<p>").append(e(m.get("comparison.same"))).append("</p>\n");
        else {
            h.append("<h2>")
                    .append(e(m.get("comparison.why", c.states().get(0).jurisdiction())))
                    .append("</h2>\n<ol>\n");
            notes.forEach(n -> h.append(n).append('\n'));
            h.append("</ol>\n");
        }
        h.append("<p><small>")
                .append(e(m.get(
                        "text.provenance",
                        c.provenance().rulesVersion(),
                        c.provenance().ontologyVersion(),
                        c.provenance().engineVersion())))
                .append("</small></p>\n</body></html>\n");
        return h.toString();
    }

    /** "*" where the verdict differs from the first state's, "~" where only its grounds do. */
    private static String marker(StateComparison.Cell cell) {
        if (cell.verdictDiffers() == null) return "";
        return cell.verdictDiffers() ? "*" : "~";
    }

    private static String verdict(Verdict v, Messages m) {
        return m.get("verdict." + v.name());
    }

    private static String e(String s) {
        return HtmlUtils.htmlEscape(s);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
