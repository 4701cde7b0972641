package org.lexcheck.report;

import java.util.ArrayList;
import java.util.List;
import org.lexcheck.knowledge.Successions;

/**
 * What changed in the law since a stored check: the same proposal, states and dates answered
 * again by the version serving now. {@code lawChanged} is false when the rules and the ontology
 * are the same versions as then (every diff is then empty); {@code changes} has one diff per
 * state and date, in the order of the stored answer, each keyed by measure and norm and with
 * moves to successor provisions recognised as in a diff across 12 June 2026.
 */
public record LawChange(
        String original,
        String rerun,
        boolean lawChanged,
        Report.Provenance before,
        Report.Provenance after,
        List<ReportDiff> changes) {

    public LawChange {
        changes = List.copyOf(changes);
    }

    /**
     * Pairs the stored answer's reports with the new ones by state and date; the new answer repeats
     * the stored request, so the pairs line up, and a mismatch is a programming error. {@code was} is
     * the stored check's provenance; a check stored without its findings gives no diffs.
     */
    public static LawChange of(
            String original,
            String rerun,
            Report.Provenance was,
            List<Report> before,
            List<Report> after,
            Successions successions) {
        if (!before.isEmpty() && before.size() != after.size())
            throw new IllegalArgumentException(
                    "the re-run answered " + after.size() + " reports for " + before.size() + " stored");
        List<ReportDiff> diffs = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            Report then = before.get(i);
            Report now = after.get(i);
            if (!java.util.Objects.equals(then.jurisdiction(), now.jurisdiction())
                    || !java.util.Objects.equals(then.referenceDate(), now.referenceDate()))
                throw new IllegalArgumentException("report " + i + " is for " + now.jurisdiction() + " on "
                        + now.referenceDate() + ", stored for " + then.jurisdiction() + " on " + then.referenceDate());
            diffs.add(ReportDiff.sinceEarlierVersion(then, now, successions));
        }
        Report.Provenance is = after.get(0).provenance();
        boolean changed = !was.rulesVersion().equals(is.rulesVersion())
                || !was.ontologyVersion().equals(is.ontologyVersion());
        return new LawChange(original, rerun, changed, was, is, diffs);
    }

    /** Plain text: the versions then and now, then each state and date's changes. */
    public String toText(Messages m) {
        StringBuilder out = new StringBuilder();
        out.append(m.get(
                        lawChanged ? "lawchange.title" : "lawchange.same",
                        original,
                        before.rulesVersion(),
                        before.ontologyVersion(),
                        after.rulesVersion(),
                        after.ontologyVersion(),
                        rerun))
                .append('\n');
        for (ReportDiff d : changes) out.append(d.toText(m));
        return out.toString();
    }
}
