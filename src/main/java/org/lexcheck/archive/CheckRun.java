package org.lexcheck.archive;

import java.util.List;
import org.lexcheck.engine.CheckBudget;
import org.lexcheck.proposal.InvalidProposalException;
import org.lexcheck.proposal.Proposal;
import org.lexcheck.report.Messages;
import org.lexcheck.report.Report;
import org.lexcheck.report.ReportFormat;
import org.lexcheck.report.ReportWriter;
import org.lexcheck.report.StateComparison;
import org.lexcheck.report.WhatIf;
import org.lexcheck.system.Checker;
import org.lexcheck.system.Limits;

/**
 * Answers a {@link CheckRequest} on one pinned version: the reports (one per date or state) and
 * the document written in the requested format. The same path for the REST API, the page and a
 * re-run, so that a stored answer and its re-run differ only where the law does.
 */
public final class CheckRun {
    private CheckRun() {}

    /** The reports of one check and the document that answers it. */
    public record Answer(List<Report> reports, String document) {
        public Answer {
            reports = List.copyOf(reports);
        }

        /** The reference dates of the reports, in their order. */
        public List<String> referenceDates() {
            return reports.stream().map(Report::referenceDate).distinct().toList();
        }
    }

    public static Answer answer(Checker.Pinned pinned, Proposal proposal, CheckRequest request) {
        return answer(pinned, proposal, request, Limits.DEFAULT);
    }

    /**
     * Within {@code limits}: a proposal with more measures than allowed is refused (field
     * {@code measures}), and every check the answer takes (all dates or states, every re-check of a
     * remedy or alternative) shares one budget of time and rule firings.
     */
    public static Answer answer(Checker.Pinned pinned, Proposal proposal, CheckRequest request, Limits limits) {
        if (proposal.measures().size() > limits.measures())
            throw new InvalidProposalException(
                    "measures",
                    "at most " + limits.measures() + " measures in one proposal (lexcheck.limits.measures), got "
                            + proposal.measures().size());
        try (CheckBudget budget = CheckBudget.open(limits.requestTime(), limits.requestFirings())) {
            return answered(pinned, proposal, request);
        }
    }

    private static Answer answered(Checker.Pinned pinned, Proposal proposal, CheckRequest request) {
        // withPending: the same version read as if pending law applied (issue 11, item 7).
        Checker.Pinned version = request.withPending() ? pinned.withPending() : pinned;
        Messages messages = new Messages(request.language());
        ReportFormat output = request.output();
        return switch (request.mode()) {
            case STATES -> {
                List<Report> reports = version.checkEach(
                        proposal, "jurisdictions", request.jurisdictions(), request.date(), request.language());
                yield new Answer(reports, ReportWriter.write(StateComparison.of(reports, messages), output, messages));
            }
            case WHAT_IF -> {
                List<Report> reports = request.dates().stream()
                        .map(d -> version.check(proposal, d, request.language(), request.explain()))
                        .toList();
                yield new Answer(
                        reports, ReportWriter.write(WhatIf.of(reports, version.successions()), output, messages));
            }
            case REPORT -> {
                Report report = version.check(proposal, request.date(), request.language(), request.explain());
                yield new Answer(List.of(report), ReportWriter.write(report, output));
            }
        };
    }
}
