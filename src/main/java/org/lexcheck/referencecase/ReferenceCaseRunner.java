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
        return new Outcome(c, report, fired, mismatches);
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
