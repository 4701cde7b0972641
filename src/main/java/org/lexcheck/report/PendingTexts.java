package org.lexcheck.report;

/**
 * How text and HTML reports mark pending law (issue 11, item 7): a finding drawn from a proposed
 * or provisionally agreed instrument carries "[pending law: proposal COM(2025) 101]", and the
 * report says which pending instruments it assumed. Nothing is written for a report that assumed
 * none, so reports checked without pending law are unchanged.
 */
final class PendingTexts {
    private PendingTexts() {}

    /** " [pending law: LABEL]" for a finding from pending law, else "". */
    static String tag(Report r, ReportFinding f, Messages m) {
        if (!Boolean.TRUE.equals(f.pending()) || r.pendingLaw() == null) return "";
        StringBuilder labels = new StringBuilder();
        for (Report.PendingRef p : r.pendingLaw()) {
            if (f.citations().stream().noneMatch(c -> c.instrument().equals(p.code()))) continue;
            if (!labels.isEmpty()) labels.append("; ");
            labels.append(p.label());
        }
        return " " + m.get("pending.tag", labels.toString());
    }

    /** One line per pending instrument the report assumed, or null when it assumed none. */
    static java.util.List<String> lines(Report r, Messages m) {
        if (r.pendingLaw() == null) return null;
        return r.pendingLaw().stream()
                .map(p -> m.get(
                        "pending.assumed",
                        p.label(),
                        p.title(),
                        m.get("pending.status." + p.status().name()),
                        r.referenceDate(),
                        p.replaces().isEmpty() ? "-" : String.join(", ", p.replaces())))
                .toList();
    }
}
