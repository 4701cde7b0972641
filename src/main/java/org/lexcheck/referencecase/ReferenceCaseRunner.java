package org.lexcheck.referencecase;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lexcheck.knowledge.Language;
import org.lexcheck.proposal.Proposal;
import org.lexcheck.report.Report;
import org.lexcheck.report.ReportFinding;
import org.lexcheck.system.Checker;

/**
 * Runs one reference case and lists every way the report departs from the expectation, each
 * as one readable line (empty list: the case passes). Also records which rules fired.
 */
public final class ReferenceCaseRunner {
    private final Checker checker;

    public ReferenceCaseRunner(Checker checker) {
        this.checker = checker;
    }

    /** The outcome of one case: its report (null when it could not run) and its mismatches. */
    public record Outcome(
            ReferenceCase referenceCase, Report report, List<String> rulesFired, List<String> mismatches) {
        public boolean passed() {
            return mismatches.isEmpty();
        }
    }

    public Outcome run(ReferenceCase c) {
        Report report;
        List<String> fired;
        try {
            Proposal proposal = checker.current().validator().validate(c.proposal());
            Checker.Traced traced = checker.checkTraced(proposal, c.date(), Language.EN, c.withPending());
            report = traced.report();
            fired = traced.assessment().rulesFired();
        } catch (RuntimeException e) {
            return new Outcome(c, null, List.of(), List.of("could not run: " + e.getMessage()));
        }
        List<String> mismatches = new ArrayList<>();
        if (c.expectedVerdict() != null
                && c.expectedVerdict() != report.summary().verdict()) {
            mismatches.add("summary verdict: expected " + c.expectedVerdict() + ", got "
                    + report.summary().verdict());
        }
        c.measures().forEach((id, expected) -> checkMeasure(id, expected, report, mismatches));
        for (CitationRef option : c.options()) {
            if (report.options() == null
                    || report.options().stream()
                            .noneMatch(o -> o.citations().stream().anyMatch(option::matches))) {
                mismatches.add("no unused option cites " + option + "; options: "
                        + (report.options() == null
                                ? "none"
                                : report.options().stream()
                                        .map(o -> o.citations().get(0).instrument() + " "
                                                + o.citations().get(0).article())
                                        .toList()));
            }
        }
        for (ReferenceCase.ObligationExpectation o : c.obligations()) {
            var listed = report.obligations() == null
                    ? List.<Report.ObligationRef>of()
                    : report.obligations().stream()
                            .filter(r -> r.citations().stream().anyMatch(o.cites()::matches))
                            .toList();
            if (listed.stream().noneMatch(r -> r.status() == o.status())) {
                mismatches.add("no obligation citing " + o.cites() + " is " + o.status() + "; listed: "
                        + listed.stream().map(r -> r.title() + " " + r.status()).toList());
            }
        }
        for (ReferenceCase.AlternativeExpectation a : c.alternatives()) checkAlternative(a, report, mismatches);
        for (ReferenceCase.TimelineExpectation t : c.timelines()) checkTimeline(t, report, mismatches);
        try {
            if (c.sideBySide() != null) checkSideBySide(c, proposalOf(c), mismatches);
            if (c.moved() != null) checkMoved(c, report, mismatches);
        } catch (RuntimeException e) {
            mismatches.add("could not compare: " + e.getMessage());
        }
        return new Outcome(c, report, fired, mismatches);
    }

    private static void checkAlternative(ReferenceCase.AlternativeExpectation a, Report report, List<String> out) {
        var entry = report.alternatives() == null
                ? null
                : report.alternatives().stream()
                        .filter(x -> x.measure().equals(a.measure()))
                        .findFirst()
                        .orElse(null);
        if (entry == null) {
            out.add("measure " + a.measure() + ": no alternatives listed (is it a CONFLICT?)");
            return;
        }
        List<String> types =
                entry.alternatives().stream().map(x -> x.measure().type()).toList();
        if (a.none()) {
            if (!entry.alternatives().isEmpty() || entry.none() == null)
                out.add("measure " + a.measure() + ": expected no alternative, got " + types);
            return;
        }
        var match = entry.alternatives().stream()
                .filter(x -> x.measure().type().equals(a.type()))
                .findFirst();
        if (match.isEmpty()) {
            out.add("measure " + a.measure() + ": no alternative of type " + a.type() + "; listed: " + types
                    + (entry.none() == null ? "" : " (" + entry.none() + ")"));
        } else if (a.needs() != null
                && (match.get().needs() == null
                        || match.get().needs().stream().noneMatch(n -> n.contains(a.needs())))) {
            out.add("measure " + a.measure() + ": the " + a.type() + " alternative does not say it needs " + a.needs()
                    + "; needs: " + match.get().needs());
        }
    }

    private Proposal proposalOf(ReferenceCase c) {
        return checker.current().validator().validate(c.proposal());
    }

    private Checker.Pinned pinned(ReferenceCase c) {
        return c.withPending() ? checker.pin().withPending() : checker.pin();
    }

    /** The proposal for the case's states side by side: each expected cell's verdict and how it differs from the first state. */
    private void checkSideBySide(ReferenceCase c, Proposal proposal, List<String> out) {
        var comparison = pinned(c)
                .compare(
                        proposal,
                        "sideBySide.states",
                        String.join(",", c.sideBySide().states()),
                        c.date(),
                        Language.EN);
        for (ReferenceCase.CellExpectation e : c.sideBySide().cells()) {
            var row = comparison.measures().stream()
                    .filter(r -> r.measure().equals(e.measure()))
                    .findFirst();
            var cell = row.flatMap(r -> r.cells().stream()
                    .filter(x -> x.jurisdiction().equals(e.jurisdiction()))
                    .findFirst());
            if (cell.isEmpty()) {
                out.add("side by side: no cell " + e.measure() + " " + e.jurisdiction());
                continue;
            }
            var x = cell.get();
            String where = "side by side " + e.measure() + " " + e.jurisdiction() + ": ";
            if (e.verdict() != null && e.verdict() != x.verdict())
                out.add(where + "expected " + e.verdict() + ", got " + x.verdict());
            String differs = x.verdictDiffers() == null ? "none" : x.verdictDiffers() ? "verdict" : "grounds";
            if (e.differs() != null && !e.differs().equals(differs))
                out.add(where + "expected it to differ by " + e.differs() + ", got " + differs);
            if (e.instrument() != null
                    && (x.differences() == null
                            || x.differences().stream()
                                    .noneMatch(d -> e.instrument().equals(d.instrument()))))
                out.add(where + "no difference names " + e.instrument() + "; differences: "
                        + (x.differences() == null
                                ? "none"
                                : x.differences().stream()
                                        .map(org.lexcheck.report.StateComparison.Difference::text)
                                        .toList()));
        }
    }

    /** The case's report against the report on the other date: each expected finding moved, none resolved. */
    private void checkMoved(ReferenceCase c, Report report, List<String> out) {
        Checker.Pinned pinned = pinned(c);
        Report other = pinned.check(proposalOf(c), c.moved().date(), Language.EN, false);
        var diff = org.lexcheck.report.ReportDiff.between(report, other, pinned.successions());
        for (ReferenceCase.MoveExpectation e : c.moved().findings()) {
            var move = diff.moved().stream()
                    .filter(m -> m.measure().equals(e.measure())
                            && m.from().citations().stream().anyMatch(e.from()::matches)
                            && m.to().citations().stream().anyMatch(e.to()::matches))
                    .findFirst();
            if (move.isEmpty())
                out.add("moved: no finding of " + e.measure() + " moved from " + e.from() + " to " + e.to()
                        + "; moved: "
                        + diff.moved().stream()
                                .map(m -> m.measure() + " " + m.from().title() + " -> " + m.to().title())
                                .toList()
                        + "; resolved: " + diff.resolvedConflicts());
            else if (diff.resolvedConflicts()
                    .contains(e.measure() + " " + move.get().from().norm()))
                out.add("moved: " + e.measure() + " is also counted as resolved: " + diff.resolvedConflicts());
        }
    }

    private static void checkTimeline(ReferenceCase.TimelineExpectation t, Report report, List<String> out) {
        var found = report.timelines().stream()
                .filter(x -> x.person().equals(t.person()))
                .findFirst();
        if (t.absent()) {
            found.ifPresent(x -> out.add("timeline of " + t.person() + ": expected none, got " + describe(x)));
            return;
        }
        if (found.isEmpty()) {
            out.add("timeline of " + t.person() + ": not in the report; timelines: "
                    + report.timelines().stream()
                            .map(org.lexcheck.report.TimelineRef::person)
                            .toList());
            return;
        }
        org.lexcheck.report.TimelineRef x = found.get();
        List<String> counted = x.stages().stream()
                .map(org.lexcheck.report.TimelineRef.StageRef::measure)
                .toList();
        if (t.measures() != null && !t.measures().equals(counted))
            out.add("timeline of " + t.person() + ": expected measures " + t.measures() + ", got " + describe(x));
        if (t.totalMonths() != null && x.totalMonths().doubleValue() != t.totalMonths())
            out.add("timeline of " + t.person() + ": expected total " + t.totalMonths() + ", got " + describe(x));
        for (ReferenceCase.BoundExpectation be : t.bounds()) {
            var bound = x.bounds().stream()
                    .filter(b -> b.citations().stream().anyMatch(be.cites()::matches))
                    .findFirst();
            if (bound.isEmpty()) {
                out.add("timeline of " + t.person() + ": no bound citing " + be.cites() + ", got " + describe(x));
                continue;
            }
            var b = bound.get();
            boolean wrong = (be.outcome() != null && !be.outcome().equals(b.outcome()))
                    || (be.months() != null && b.months().doubleValue() != be.months())
                    || (be.finding() != null && !be.finding().equals(b.finding()))
                    || (be.reportedOn() != null && !be.reportedOn().equals(b.reportedOn()));
            if (wrong)
                out.add("timeline of " + t.person() + ": bound citing " + be.cites() + " expected " + be.outcome()
                        + " " + be.months() + " finding " + be.finding() + " reportedOn " + be.reportedOn()
                        + ", got " + b.outcome() + " " + b.months() + " finding " + b.finding() + " reportedOn "
                        + b.reportedOn());
        }
        for (CitationRef cite : t.notBound()) {
            if (x.bounds().stream().anyMatch(b -> b.citations().stream().anyMatch(cite::matches)))
                out.add("timeline of " + t.person() + ": no bound may cite " + cite + ", got " + describe(x));
        }
    }

    private static String describe(org.lexcheck.report.TimelineRef x) {
        return x.stages().stream()
                        .map(s -> s.stage() + " " + s.measure() + " " + s.months())
                        .toList()
                + " total " + x.totalMonths() + " bounds "
                + x.bounds().stream()
                        .map(b -> b.citations().get(0).instrument() + " "
                                + b.citations().get(0).article() + " " + b.outcome() + " " + b.months())
                        .toList();
    }

    private static void checkMeasure(
            String id, ReferenceCase.MeasureExpectation expected, Report report, List<String> out) {
        var verdict = report.measures().stream().filter(m -> m.id().equals(id)).findFirst();
        if (verdict.isEmpty()) {
            out.add("measure " + id + ": not in the report");
            return;
        }
        List<ReportFinding> findings =
                report.findings().stream().filter(f -> f.measure().equals(id)).toList();
        if (expected.verdict() != null && expected.verdict() != verdict.get().verdict()) {
            out.add("measure " + id + ": expected verdict " + expected.verdict() + ", got "
                    + verdict.get().verdict() + describe(findings));
        }
        if (expected.reason() != null && expected.reason() != verdict.get().reason()) {
            out.add("measure " + id + ": expected to be not assessed because " + expected.reason() + ", got "
                    + verdict.get().reason() + " (" + verdict.get().note() + ")");
        }
        for (CitationRef cite : expected.cites()) {
            if (findings.stream().noneMatch(cite::citedBy))
                out.add("measure " + id + ": no finding cites " + cite + describe(findings));
        }
        for (CitationRef cite : expected.mustNotCite()) {
            findings.stream()
                    .filter(cite::citedBy)
                    .findFirst()
                    .ifPresent(f -> out.add("measure " + id + ": must not cite " + cite + " but " + f.kind() + " "
                            + f.norm() + " does"));
        }
        for (String number : expected.caseLaw()) {
            if (findings.stream()
                    .noneMatch(f ->
                            f.caseLaw().stream().anyMatch(cl -> cl.caseNumber().equals(number)))) {
                out.add("measure " + id + ": no finding cites case " + number + describe(findings));
            }
        }
        for (ReferenceCase.FindingExpectation fe : expected.findings()) {
            var match = findings.stream()
                    .filter(f -> f.kind() == fe.kind() && fe.cites().citedBy(f))
                    .findFirst();
            if (match.isEmpty()) {
                out.add("measure " + id + ": no " + fe.kind() + " finding citing " + fe.cites() + describe(findings));
                continue;
            }
            if (fe.assumes() != null
                    && (match.get().assumptions() == null
                            || match.get().assumptions().stream()
                                    .noneMatch(a -> a.contains(" " + fe.assumes() + " ")))) {
                out.add("measure " + id + ": the " + fe.kind() + " finding citing " + fe.cites()
                        + " does not say it assumed a condition on " + fe.assumes() + "; assumptions: "
                        + (match.get().assumptions() == null
                                ? "none"
                                : match.get().assumptions()));
            }
            if (fe.verifiedRemedy() != null) {
                boolean verified = match.get().remedies() != null
                        && match.get().remedies().stream().anyMatch(ReportFinding.RemedyRef::verified);
                if (verified != fe.verifiedRemedy()) {
                    out.add("measure " + id + ": the " + fe.kind() + " finding citing " + fe.cites()
                            + (verified ? " has" : " has no")
                            + " verified remedy; remedies: "
                            + (match.get().remedies() == null
                                    ? "none"
                                    : match.get().remedies().stream()
                                            .map(ReportFinding.RemedyRef::description)
                                            .toList()));
                }
            }
        }
        for (ReferenceCase.LimitExpectation le : expected.effectiveLimits()) checkLimit(id, le, report, out);
        for (ReferenceCase.ActExpectation ae : expected.acts()) checkAct(id, ae, report, out);
    }

    /** The act must be in the measure's execution summary, with the count, agency and safeguard expected. */
    private static void checkAct(String id, ReferenceCase.ActExpectation ae, Report report, List<String> out) {
        var acts = report.execution() == null
                ? List.<org.lexcheck.report.Execution.Act>of()
                : report.execution().stream()
                        .filter(x -> x.measure().equals(id))
                        .flatMap(x -> x.acts().stream())
                        .toList();
        var act = acts.stream().filter(a -> a.actKind().equals(ae.act())).findFirst();
        String got = "\n      report has: "
                + acts.stream()
                        .map(a -> a.actKind() + " x" + a.count() + " by "
                                + (a.agencies().isEmpty()
                                        ? "none"
                                        : a.agencies().stream()
                                                .map(org.lexcheck.report.Execution.AgencyRef::shortName)
                                                .toList())
                                + " for "
                                + a.demandedBy().stream()
                                        .map(d -> d.safeguard() != null ? d.safeguard() : d.citations())
                                        .toList())
                        .toList();
        if (act.isEmpty()) {
            out.add("measure " + id + ": no act " + ae.act() + " demanded" + got);
            return;
        }
        var a = act.get();
        if (ae.count() != null && a.count() != ae.count())
            out.add("measure " + id + ": act " + ae.act() + " expected " + ae.count() + " time(s)" + got);
        if (ae.agency() != null) {
            boolean ok = ae.agency().equals("none")
                    ? a.agencies().isEmpty()
                    : a.agencies().stream().anyMatch(g -> g.shortName().equals(ae.agency()));
            if (!ok) out.add("measure " + id + ": act " + ae.act() + " expected by agency " + ae.agency() + got);
        }
        if (ae.safeguard() != null
                && a.demandedBy().stream().noneMatch(d -> ae.safeguard().equals(d.safeguard())))
            out.add("measure " + id + ": act " + ae.act() + " not demanded by safeguard " + ae.safeguard() + got);
    }

    private static void checkLimit(String id, ReferenceCase.LimitExpectation le, Report report, List<String> out) {
        var limits = report.effectiveLimits() == null
                ? List.<Report.EffectiveLimitRef>of()
                : report.effectiveLimits().stream()
                        .filter(l -> l.measure().equals(id)
                                && l.parameter().equals(le.parameter())
                                && (le.max() != null ? l.max() != null : l.min() != null))
                        .toList();
        if (limits.isEmpty()) {
            out.add("measure " + id + ": no effective " + (le.max() != null ? "ceiling" : "floor") + " on "
                    + le.parameter());
            return;
        }
        Report.EffectiveLimitRef l = limits.get(0);
        String got = "max " + l.max() + ", min " + l.min() + ", headroom " + l.headroom() + ", set by "
                + l.setBy().citations().stream()
                        .map(c -> c.instrument() + " " + c.article())
                        .toList();
        if (le.max() != null && l.max().doubleValue() != le.max())
            out.add("measure " + id + ": effective max on " + le.parameter() + " expected " + le.max() + ", got "
                    + got);
        if (le.min() != null && l.min().doubleValue() != le.min())
            out.add("measure " + id + ": effective min on " + le.parameter() + " expected " + le.min() + ", got "
                    + got);
        if (le.headroom() != null && (l.headroom() == null || l.headroom().doubleValue() != le.headroom())) {
            out.add("measure " + id + ": headroom on " + le.parameter() + " expected " + le.headroom() + ", got "
                    + got);
        }
        if (le.cites() != null && l.setBy().citations().stream().noneMatch(le.cites()::matches)) {
            out.add("measure " + id + ": effective limit on " + le.parameter() + " not set by " + le.cites() + ", got "
                    + got);
        }
    }

    private static String describe(List<ReportFinding> findings) {
        Set<String> lines = new TreeSet<>();
        for (ReportFinding f : findings) {
            lines.add(f.kind() + " "
                    + f.citations().stream()
                            .map(c -> c.instrument() + " " + c.article()
                                    + (c.paragraph() == null ? "" : "(" + c.paragraph() + ")"))
                            .toList()
                    + " "
                    + f.caseLaw().stream()
                            .map(ReportFinding.CaseRef::caseNumber)
                            .toList());
        }
        return "\n      report has: " + (lines.isEmpty() ? "no findings" : String.join("\n                  ", lines));
    }
}
