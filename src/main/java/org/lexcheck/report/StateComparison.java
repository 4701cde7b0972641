package org.lexcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lexcheck.assessment.InstrumentStatus;
import org.lexcheck.knowledge.FindingKind;

/**
 * One proposal checked for several states on one date (contract section 4, "States side by
 * side"): a matrix of measure by state with the verdict in each cell, and for every cell whose
 * verdict or grounds differ from the first state's, what makes the difference: an instrument that binds
 * one state and not the other (with why, e.g. an opt-out), or, where both are bound by the same
 * instruments, the findings that differ. Built from one report per state, all of one version.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StateComparison(
        Report.ProposalRef proposal,
        String referenceDate,
        String language,
        List<StateColumn> states,
        List<MeasureRow> measures,
        Report.Provenance provenance) {

    /** A state's column: its overall verdict and counts, as in its own report's summary. */
    public record StateColumn(String jurisdiction, Verdict verdict, int conflicts, int risks, int notAssessed) {}

    /** A measure's row: one cell per state, in the order the states were asked for. */
    public record MeasureRow(String measure, String type, List<Cell> cells) {}

    /**
     * A measure's verdict in one state. Where the verdict or its grounds (the findings and their
     * kinds) differ from the first state's, {@code verdictDiffers} says which and
     * {@code differences} say why; both are absent where the cell is the same as the first state's.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cell(String jurisdiction, Verdict verdict, Boolean verdictDiffers, List<Difference> differences) {}

    /**
     * One reason a cell differs from the first state's. Either an instrument behind a finding in one
     * of the two states applies there and not in the other ({@code instrument}, {@code appliedIn},
     * {@code notAppliedIn}, {@code reason}, {@code bindingFrom}), or, with the same instruments, a
     * finding differs ({@code norm}, {@code title}, {@code kinds}: the finding's kind per state,
     * "NONE" where it is absent). {@code text} says it in the report's language.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Difference(
            String instrument,
            String instrumentLabel,
            String appliedIn,
            String notAppliedIn,
            InstrumentStatus.Status reason,
            String bindingFrom,
            String norm,
            String title,
            Map<String, String> kinds,
            String text) {}

    public StateComparison {
        states = List.copyOf(states);
        measures = List.copyOf(measures);
    }

    /** The matrix of reports on one proposal for several states; the first report is the reference column. */
    public static StateComparison of(List<Report> reports, Messages m) {
        if (reports.isEmpty()) throw new IllegalArgumentException("a comparison needs at least one report");
        Report first = reports.get(0);
        for (Report r : reports) {
            if (!r.provenance().equals(first.provenance()))
                throw new IllegalArgumentException("cannot compare reports of different versions");
        }
        List<StateColumn> states = reports.stream()
                .map(r -> new StateColumn(
                        r.jurisdiction(),
                        r.summary().verdict(),
                        r.summary().conflicts(),
                        r.summary().risks(),
                        r.summary().notAssessed()))
                .toList();
        List<MeasureRow> rows = new ArrayList<>();
        for (int i = 0; i < first.measures().size(); i++) {
            Report.MeasureVerdict reference = first.measures().get(i);
            List<Cell> cells = new ArrayList<>();
            for (Report r : reports) {
                Verdict verdict = r.measures().get(i).verdict();
                boolean verdictDiffers = verdict != reference.verdict();
                boolean differs = r != first
                        && (verdictDiffers || !grounds(first, reference.id()).equals(grounds(r, reference.id())));
                cells.add(new Cell(
                        r.jurisdiction(),
                        verdict,
                        differs ? verdictDiffers : null,
                        differs ? differences(first, r, reference.id(), m) : null));
            }
            rows.add(new MeasureRow(reference.id(), reference.type(), cells));
        }
        return new StateComparison(
                first.proposal(), first.referenceDate(), first.language(), states, rows, first.provenance());
    }

    /**
     * Why the measure's verdict in {@code other} differs from {@code first}: the instruments behind
     * either state's findings on the measure that apply in one state only; failing those, the
     * findings that differ.
     */
    private static List<Difference> differences(Report first, Report other, String measure, Messages m) {
        List<Difference> out = new ArrayList<>();
        instrumentDifferences(first, other, measure, m, out);
        instrumentDifferences(other, first, measure, m, out);
        if (!out.isEmpty()) return out;
        Map<String, ReportFinding> before = findings(first, measure);
        Map<String, ReportFinding> after = findings(other, measure);
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            ReportFinding a = before.get(key);
            ReportFinding b = after.get(key);
            FindingKind ka = a == null ? null : a.kind();
            FindingKind kb = b == null ? null : b.kind();
            if (ka == kb) continue;
            ReportFinding f = a != null ? a : b;
            Map<String, String> kinds = new LinkedHashMap<>();
            kinds.put(first.jurisdiction(), ka == null ? "NONE" : ka.name());
            kinds.put(other.jurisdiction(), kb == null ? "NONE" : kb.name());
            String title = TextReport.citations(f.citations(), m);
            out.add(new Difference(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    f.norm(),
                    title,
                    kinds,
                    m.get(
                            "comparison.finding",
                            title,
                            kindText(ka, m),
                            first.jurisdiction(),
                            kindText(kb, m),
                            other.jurisdiction())));
        }
        if (out.isEmpty())
            out.add(new Difference(
                    null, null, null, null, null, null, null, null, null, note(first, other, measure, m)));
        return out;
    }

    /** Instruments cited by {@code applying}'s findings on the measure that {@code notApplying} does not apply. */
    private static void instrumentDifferences(
            Report applying, Report notApplying, String measure, Messages m, List<Difference> out) {
        Map<String, Report.InstrumentRef> notApplied = new LinkedHashMap<>();
        notApplying.instrumentsNotApplied().forEach(i -> notApplied.put(i.code(), i));
        Set<String> cited = new LinkedHashSet<>();
        for (ReportFinding f : applying.findings()) {
            if (f.measure().equals(measure)) f.citations().forEach(c -> cited.add(c.instrument()));
        }
        for (String code : cited) {
            Report.InstrumentRef missing = notApplied.get(code);
            if (missing == null) continue;
            String label = TextReport.instrument(missing);
            String text = switch (missing.reason()) {
                case NOT_BINDING ->
                    m.get("comparison.notBinding", label, applying.jurisdiction(), notApplying.jurisdiction());
                case NOT_YET_BINDING ->
                    m.get(
                            "comparison.notYetBinding",
                            label,
                            applying.jurisdiction(),
                            notApplying.jurisdiction(),
                            missing.bindingFrom());
                default ->
                    m.get(
                            "comparison.notApplied",
                            label,
                            applying.jurisdiction(),
                            notApplying.jurisdiction(),
                            m.get("instrumentStatus." + missing.reason(), String.valueOf(missing.bindingFrom())));
            };
            out.add(new Difference(
                    code,
                    label,
                    applying.jurisdiction(),
                    notApplying.jurisdiction(),
                    missing.reason(),
                    missing.bindingFrom(),
                    null,
                    null,
                    null,
                    text));
        }
    }

    /** Where no instrument or finding differs: the note of a NOT_ASSESSED side (why it was not assessed), else a plain statement. */
    private static String note(Report first, Report other, String measure, Messages m) {
        for (Report r : List.of(other, first)) {
            for (Report.MeasureVerdict v : r.measures()) {
                if (v.id().equals(measure) && v.note() != null) return r.jurisdiction() + ": " + v.note();
            }
        }
        return m.get("comparison.unexplained");
    }

    /** The grounds of a measure's verdict: each finding's obligation or norm with its kind. */
    private static Set<String> grounds(Report r, String measure) {
        Set<String> grounds = new java.util.TreeSet<>();
        findings(r, measure).forEach((key, f) -> grounds.add(key + " " + f.kind()));
        return grounds;
    }

    private static Map<String, ReportFinding> findings(Report r, String measure) {
        Map<String, ReportFinding> map = new LinkedHashMap<>();
        for (ReportFinding f : r.findings()) if (f.measure().equals(measure)) map.put(f.key(), f);
        return map;
    }

    private static String kindText(FindingKind kind, Messages m) {
        return kind == null ? m.get("comparison.noFinding") : kind.name();
    }

    /** True when any state's column has a conflict. */
    public boolean anyConflict() {
        return states.stream().anyMatch(s -> s.verdict() == Verdict.CONFLICT);
    }
}
