package org.lexcheck.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One proposal checked on several reference dates, with what changes from each date to the next;
 * every report comes from the one version named in {@code provenance}.
 */
public record WhatIf(List<Report> reports, List<ReportDiff> changes, Report.Provenance provenance) {

    public WhatIf {
        reports = List.copyOf(reports);
        changes = List.copyOf(changes);
    }

    public static WhatIf of(List<Report> reports) {
        if (reports.isEmpty()) throw new IllegalArgumentException("a what-if needs at least one report");
        List<ReportDiff> changes = new ArrayList<>();
        for (int i = 1; i < reports.size(); i++) changes.add(ReportDiff.between(reports.get(i - 1), reports.get(i)));
        return new WhatIf(reports, changes, reports.get(0).provenance());
    }

    public String toText(Messages m) {
        StringBuilder out = new StringBuilder();
        for (Report r : reports) out.append(TextReport.render(r, m)).append('\n');
        for (ReportDiff d : changes) out.append(d.toText(m)).append('\n');
        return out.toString();
    }
}
