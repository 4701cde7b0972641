package org.lexcheck.report;

import java.util.ArrayList;
import java.util.List;
import org.lexcheck.knowledge.Successions;

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
        return of(reports, Successions.NONE);
    }

    /** With the successions across the Pact, so that a finding that moved to a successor provision is not "resolved". */
    public static WhatIf of(List<Report> reports, Successions successions) {
        if (reports.isEmpty()) throw new IllegalArgumentException("a what-if needs at least one report");
        List<ReportDiff> changes = new ArrayList<>();
        for (int i = 1; i < reports.size(); i++)
            changes.add(ReportDiff.between(reports.get(i - 1), reports.get(i), successions));
        return new WhatIf(reports, changes, reports.get(0).provenance());
    }

    public String toText(Messages m) {
        StringBuilder out = new StringBuilder();
        for (Report r : reports) out.append(TextReport.render(r, m)).append('\n');
        for (ReportDiff d : changes) out.append(d.toText(m)).append('\n');
        return out.toString();
    }
}
