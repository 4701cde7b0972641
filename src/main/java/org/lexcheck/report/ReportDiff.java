package org.lexcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.knowledge.Successions;

/**
 * What changed between two reports (two versions of a proposal, or one proposal on two
 * dates): findings that appear, disappear, or change kind, keyed by measure and norm. Both
 * reports come from one version of rules and ontology, named in {@code provenance}. A finding
 * that disappears under a provision of an act the Pact repealed while a finding of the same kind
 * appears for the same measure under a provision that succeeds it ({@link Successions}) is
 * {@code moved}, neither disappeared nor appeared, and not a resolved conflict.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportDiff(
        Side old,
        Side updated,
        List<ReportFinding> appeared,
        List<ReportFinding> disappeared,
        List<Change> changed,
        List<Move> moved,
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

    /**
     * A finding that moved to the provision succeeding the one it cited, e.g. a CONFLICT of a
     * measure with APD Art 43(2) on 11 June 2026 and with APR Art 51(2) on 12 June 2026: {@code from}
     * the old finding's norm, title and citations, {@code to} the new one's; {@code basis}
     * ({@code CorrelationTable} or {@code ContentComparison}) and {@code verification} say how the
     * pair of provisions was established.
     */
    public record Move(String measure, FindingKind kind, End from, End to, String basis, String verification) {}

    /** One side of a move: the norm, its title and citations. */
    public record End(String norm, String title, List<ReportFinding.Citation> citations) {
        static End of(ReportFinding f) {
            return new End(f.norm(), f.title(), f.citations());
        }
    }

    /** Without successions: no finding is taken to have moved. */
    public static ReportDiff between(Report old, Report updated) {
        return between(old, updated, Successions.NONE);
    }

    /** Refuses reports of different versions: a finding "resolved" by a reload is no change of the proposal. */
    public static ReportDiff between(Report old, Report updated, Successions successions) {
        if (!old.provenance().equals(updated.provenance())) {
            throw new IllegalArgumentException("cannot compare reports of different versions: " + old.provenance()
                    + " and " + updated.provenance());
        }
        return compared(old, updated, successions);
    }

    /**
     * The same proposal, state and date answered by an earlier version of the law and by this one
     * ({@link LawChange}): what changed is the law, not the proposal; {@code provenance} names the
     * later version.
     */
    static ReportDiff sinceEarlierVersion(Report earlier, Report now, Successions successions) {
        return compared(earlier, now, successions);
    }

    private static ReportDiff compared(Report old, Report updated, Successions successions) {
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
        List<Move> moved = new ArrayList<>();
        for (ReportFinding gone : List.copyOf(disappeared)) {
            for (ReportFinding come : appeared) {
                Successions.Succession via = come.measure().equals(gone.measure()) && come.kind() == gone.kind()
                        ? succession(gone, come, successions)
                        : null;
                if (via != null) {
                    moved.add(new Move(
                            gone.measure(),
                            gone.kind(),
                            End.of(gone),
                            End.of(come),
                            via.basis(),
                            via.verification().name()));
                    disappeared.remove(gone);
                    appeared.remove(come);
                    break;
                }
            }
        }
        return new ReportDiff(
                Side.of(old), Side.of(updated), appeared, disappeared, changed, moved, updated.provenance());
    }

    /** The succession by which a provision {@code later} cites succeeds one that {@code earlier} cites, or null. */
    private static Successions.Succession succession(
            ReportFinding earlier, ReportFinding later, Successions successions) {
        for (ReportFinding.Citation e : earlier.citations()) {
            for (ReportFinding.Citation l : later.citations()) {
                Successions.Succession s = successions.find(key(e), key(l));
                if (s != null) return s;
            }
        }
        return null;
    }

    private static String key(ReportFinding.Citation c) {
        return Successions.key(c.instrument(), c.article(), c.paragraph(), c.point());
    }

    /**
     * Conflicts of the old report that the new one no longer has (gone, or now a milder kind), as
     * "measure norm"; a conflict that moved to a successor provision is not resolved.
     */
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
        for (Move v : moved) {
            line(
                    out,
                    "> " + v.kind(),
                    v.measure(),
                    m.get(
                            "diff.moved",
                            TextReport.citations(v.from().citations(), m),
                            TextReport.citations(v.to().citations(), m),
                            m.get("diff.basis." + v.basis()) + ", " + m.get("diff.verification." + v.verification())));
        }
        if (appeared.isEmpty() && disappeared.isEmpty() && changed.isEmpty() && moved.isEmpty())
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
