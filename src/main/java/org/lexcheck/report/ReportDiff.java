package org.lexcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lexcheck.knowledge.FindingKind;

/**
 * What changed between two reports (two versions of a proposal, or one proposal on two
 * dates): findings that appear, disappear, or change kind, keyed by measure and norm. Both
 * reports come from one version of rules and ontology, named in {@code provenance}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportDiff(
        Side old,
        Side updated,
        List<ReportFinding> appeared,
        List<ReportFinding> disappeared,
        List<Change> changed,
        Report.Provenance provenance) {

    /** One report of the pair, by proposal, date and verdict. */
    public record Side(String proposal, String referenceDate, Verdict verdict, int conflicts, int risks) {
        static Side of(Report r) {
            return new Side(
                    r.proposal().id(),
                    r.referenceDate(),
                    r.summary().verdict(),
                    r.summary().conflicts(),
                    r.summary().risks());
        }
    }

    /** A finding whose kind changed, e.g. CONFLICT to COMPLIANT: a conflict the new version resolves. */
    public record Change(
            String measure,
            String norm,
            String title,
            List<ReportFinding.Citation> citations,
            FindingKind from,
            FindingKind to) {}

    /** Refuses reports of different versions: a finding "resolved" by a reload is no change of the proposal. */
    public static ReportDiff between(Report old, Report updated) {
        if (!old.provenance().equals(updated.provenance())) {
            throw new IllegalArgumentException("cannot compare reports of different versions: " + old.provenance()
                    + " and " + updated.provenance());
        }
        Map<String, ReportFinding> before = byKey(old);
        Map<String, ReportFinding> after = byKey(updated);
        List<ReportFinding> appeared = new ArrayList<>();
        List<ReportFinding> disappeared = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        after.forEach((k, f) -> {
            ReportFinding was = before.get(k);
            if (was == null) appeared.add(f);
            else if (was.kind() != f.kind()) {
                changed.add(new Change(f.measure(), f.norm(), f.title(), f.citations(), was.kind(), f.kind()));
            }
        });
        before.forEach((k, f) -> {
            if (!after.containsKey(k)) disappeared.add(f);
        });
        return new ReportDiff(Side.of(old), Side.of(updated), appeared, disappeared, changed, updated.provenance());
    }

    /** Conflicts of the old report that the new one no longer has (gone, or now a milder kind), as "measure norm". */
    @com.fasterxml.jackson.annotation.JsonProperty("resolvedConflicts")
    public List<String> resolvedConflicts() {
        List<String> resolved = new ArrayList<>();
        disappeared.stream()
                .filter(f -> f.kind() == FindingKind.CONFLICT)
                .forEach(f -> resolved.add(f.measure() + " " + f.norm()));
        changed.stream()
                .filter(c -> c.from() == FindingKind.CONFLICT)
                .forEach(c -> resolved.add(c.measure() + " " + c.norm()));
        return resolved;
    }

    private static Map<String, ReportFinding> byKey(Report r) {
        Map<String, ReportFinding> map = new LinkedHashMap<>();
        r.findings().forEach(f -> map.put(f.key(), f));
        return map;
    }

    /** Plain text for a terminal. */
    public String toText(Messages m) {
        StringBuilder out = new StringBuilder();
        out.append(m.get(
                        "diff.title",
                        old.proposal(),
                        old.referenceDate(),
                        old.verdict(),
                        updated.proposal(),
                        updated.referenceDate(),
                        updated.verdict()))
                .append('\n');
        for (ReportFinding f : appeared) line(out, "+ " + f.kind(), f.measure(), TextReport.citations(f, m));
        for (ReportFinding f : disappeared) line(out, "- " + f.kind(), f.measure(), TextReport.citations(f, m));
        for (Change c : changed) {
            line(out, "~ " + c.from() + " -> " + c.to(), c.measure(), TextReport.citations(c.citations(), m));
        }
        if (appeared.isEmpty() && disappeared.isEmpty() && changed.isEmpty())
            out.append("  ").append(m.get("diff.none")).append('\n');
        if (!resolvedConflicts().isEmpty())
            out.append("  ")
                    .append(m.get("diff.resolved", resolvedConflicts().size()))
                    .append('\n');
        return out.toString();
    }

    /** One line of the text diff: "  + CONFLICT m1: ECHR Art 8". */
    private static void line(StringBuilder out, String change, String measure, String citations) {
        out.append("  ")
                .append(change)
                .append(' ')
                .append(measure)
                .append(": ")
                .append(citations)
                .append('\n');
    }
}
