package org.lexcheck.web;

import java.util.ArrayList;
import java.util.List;
import org.lexcheck.knowledge.Language;
import org.lexcheck.report.Messages;
import org.lexcheck.report.Report;
import org.lexcheck.report.ReportDiff;
import org.lexcheck.report.ReportFinding;

/** What changed from one report to another: findings that appeared, disappeared, changed kind or moved. */
public record DiffView(
        String title, List<Line> appeared, List<Line> disappeared, List<Line> changed, List<Line> moved) {

    /** One changed finding: the measure, the kind (or "CONFLICT → COMPLIANT"), its citations linked, its title. */
    public record Line(String measure, String kind, List<Sources.Link> citations, String title) {}

    public boolean none() {
        return appeared.isEmpty() && disappeared.isEmpty() && changed.isEmpty() && moved.isEmpty();
    }

    public static DiffView of(ReportDiff diff, Report updated) {
        Language language = Language.of(updated.language()).orElse(Language.EN);
        Messages m = new Messages(language);
        Sources sources = new Sources(updated, m, language);
        String title = m.get(
                "diff.title",
                diff.old().proposal(),
                diff.old().referenceDate(),
                diff.old().verdict(),
                diff.updated().proposal(),
                diff.updated().referenceDate(),
                diff.updated().verdict());
        List<Line> changed = new ArrayList<>();
        for (ReportDiff.Change c : diff.changed())
            changed.add(
                    new Line(c.measure(), c.from() + " \u2192 " + c.to(), sources.citations(c.citations()), c.title()));
        List<Line> moved = new ArrayList<>();
        for (ReportDiff.Move v : diff.moved())
            moved.add(new Line(
                    v.measure(),
                    v.kind().name(),
                    sources.citations(v.to().citations()),
                    m.get(
                            "diff.moved",
                            text(sources.citations(v.from().citations())),
                            text(sources.citations(v.to().citations())),
                            m.get("diff.basis." + v.basis()) + ", " + m.get("diff.verification." + v.verification()))));
        return new DiffView(title, lines(diff.appeared(), sources), lines(diff.disappeared(), sources), changed, moved);
    }

    private static List<Line> lines(List<ReportFinding> findings, Sources sources) {
        return findings.stream()
                .map(f -> new Line(f.measure(), f.kind().name(), sources.citations(f.citations()), f.title()))
                .toList();
    }

    private static String text(List<Sources.Link> links) {
        return String.join("; ", links.stream().map(Sources.Link::text).toList());
    }
}
