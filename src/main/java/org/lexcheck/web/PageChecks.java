package org.lexcheck.web;

import java.time.LocalDate;
import java.util.List;
import org.lexcheck.archive.CheckRequest;
import org.lexcheck.archive.CheckRun;
import org.lexcheck.archive.StoredChecks;
import org.lexcheck.knowledge.Language;
import org.lexcheck.proposal.InvalidProposalException;
import org.lexcheck.proposal.Proposal;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.report.ReportFormat;
import org.lexcheck.system.CheckAdmission;
import org.lexcheck.system.CheckMetrics;
import org.lexcheck.system.Checker;
import org.lexcheck.system.Jurisdictions;
import org.lexcheck.system.Limits;
import org.springframework.stereotype.Component;

/**
 * A check asked for on the page, answered and stored as one asked for on the API
 * ({@link CheckRun}, {@link StoredChecks}): one state on one date gives a report, several states
 * on one date the states side by side, one state on several dates a what-if. The document is kept
 * as JSON (what {@code POST /api/v1/checks} answers with {@code Accept: application/json}), so the
 * check is listed under {@code /api/v1/reports} too and can be re-run from either door.
 */
@Component
class PageChecks {
    private final Checker checker;
    private final StoredChecks archive;
    private final CheckMetrics metrics;
    private final Limits limits;
    private final CheckAdmission admission;

    PageChecks(Checker checker, StoredChecks archive, CheckMetrics metrics, Limits limits, CheckAdmission admission) {
        this.checker = checker;
        this.archive = archive;
        this.metrics = metrics;
        this.limits = limits;
        this.admission = admission;
    }

    Checker.Pinned pin() {
        return checker.pin();
    }

    StoredChecks archive() {
        return archive;
    }

    /** Counts input the page refused. */
    void rejected() {
        metrics.rejected(400, "urn:lexcheck:problem:invalid-input");
    }

    /** The states asked for ({@code states}, comma-separated), or the proposal's own when none. */
    static List<String> states(Checker.Pinned pinned, String states, Proposal proposal) {
        if (states == null || states.isBlank()) return List.of(proposal.jurisdiction());
        return Jurisdictions.parse(
                "states", states, pinned.version().knowledge().vocabulary().jurisdictions());
    }

    /**
     * Checks and stores; returns the stored check's id. A single state other than the one the
     * proposal names is asked as states side by side with one column, so that a re-run asks it again.
     */
    String check(
            String owner,
            Checker.Pinned pinned,
            Proposal proposal,
            ProposalFormat format,
            byte[] body,
            List<String> states,
            List<LocalDate> dates,
            Language language) {
        if (states.size() > 1 && dates.size() > 1)
            throw new InvalidProposalException(
                    "dates", "several states are compared on one date: give one date, or one state for several dates");
        boolean sideBySide = states.size() > 1 || !states.get(0).equals(proposal.jurisdiction());
        CheckRequest request = new CheckRequest(
                dates.size() == 1 ? dates.get(0) : null,
                dates.size() > 1 ? dates : null,
                sideBySide ? String.join(",", states) : null,
                language,
                false,
                false,
                ReportFormat.JSON);
        CheckRun.Answer answer;
        // The same limits as the API's: the measures, one budget for all the checks, the checks at once.
        try (var permit = admission.enter()) {
            answer = metrics.timed(request.mode().metric(), () -> CheckRun.answer(pinned, proposal, request, limits));
        }
        answer.reports().forEach(metrics::report);
        return archive.store(owner, pinned, proposal, format, body, request, answer, null)
                .id();
    }
}
