package org.lexcheck.report;

import java.util.ArrayList;
import java.util.List;

/** One proposal checked on several reference dates, with what changes from each date to the next. */
public record WhatIf(List<Report> reports, List<ReportDiff> changes) {

    public static WhatIf of(List<Report> reports) {
        List<ReportDiff> changes = new ArrayList<>();
        for (int i = 1; i < reports.size(); i++) changes.add(ReportDiff.between(reports.get(i - 1), reports.get(i)));
        return new WhatIf(reports, changes);
    }

    public String toText(Messages m) {
        StringBuilder out = new StringBuilder();
        for (Report r : reports) out.append(TextReport.render(r, m)).append('\n');
        for (ReportDiff d : changes) out.append(d.toText(m)).append('\n');
        return out.toString();
    }
}
