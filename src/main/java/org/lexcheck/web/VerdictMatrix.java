package org.lexcheck.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.report.Report;
import org.lexcheck.report.ReportFinding;

/**
 * Verdicts at a glance: one row per measure, one column per legal order (each instrument the
 * findings cite, in the order first cited), each cell the worst finding of the measure under that
 * instrument, or none.
 */
public record VerdictMatrix(List<Column> columns, List<Row> rows) {
    public record Column(String code, String label) {}

    public record Row(String measure, String type, String typeLabel, String verdict, List<Cell> cells) {}

    /** {@code kind} null where no finding of the measure cites the instrument. */
    public record Cell(String column, FindingKind kind) {}

    public static VerdictMatrix of(Report report, java.util.function.Function<String, String> typeLabel) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (ReportFinding f : report.findings()) {
            if (f.citations() == null) continue;
            for (ReportFinding.Citation c : f.citations())
                columns.putIfAbsent(c.instrument(), c.instrumentLabel() == null ? c.instrument() : c.instrumentLabel());
        }
        List<Row> rows = new ArrayList<>();
        for (Report.MeasureVerdict v : report.measures()) {
            List<Cell> cells = new ArrayList<>();
            for (String code : columns.keySet()) {
                FindingKind worst = null;
                for (ReportFinding f : report.findings()) {
                    if (!f.measure().equals(v.id()) || f.citations() == null) continue;
                    if (f.citations().stream().noneMatch(c -> c.instrument().equals(code))) continue;
                    if (worst == null || f.kind().compareTo(worst) < 0) worst = f.kind();
                }
                cells.add(new Cell(code, worst));
            }
            rows.add(new Row(
                    v.id(), v.type(), typeLabel.apply(v.type()), v.verdict().name(), cells));
        }
        return new VerdictMatrix(
                columns.entrySet().stream()
                        .map(e -> new Column(e.getKey(), e.getValue()))
                        .toList(),
                rows);
    }
}
