package org.lexcheck.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lexcheck.knowledge.Language;
import org.lexcheck.proposal.InvalidProposalException;
import org.lexcheck.proposal.Proposal;
import org.lexcheck.report.Messages;
import org.lexcheck.report.Report;
import org.lexcheck.report.ReportFormat;
import org.lexcheck.report.ReportWriter;
import org.lexcheck.report.StateComparison;
import org.lexcheck.report.WhatIf;
import org.lexcheck.store.ReportStore;
import org.lexcheck.store.StoredReport;
import org.lexcheck.system.Checker;
import org.lexcheck.system.EngineVersion;
import org.lexcheck.system.Jurisdictions;
import org.springframework.stereotype.Component;

/**
 * A check asked for on the page, run and stored like one asked for on the API: one state on one
 * date gives a report, several states on one date the states side by side, one state on several
 * dates a what-if; the document is kept as JSON (the same document {@code POST /api/v1/checks}
 * answers with {@code Accept: application/json}), so that it appears under {@code /api/v1/reports}.
 */
@Component
class PageChecks {
    private final Checker checker;
    private final ReportStore store;
    private final PageMetrics metrics;

    PageChecks(Checker checker, ReportStore store, PageMetrics metrics) {
        this.checker = checker;
        this.store = store;
        this.metrics = metrics;
    }

    /** Counts input the page refused. */
    void rejected() {
        metrics.rejected();
    }

    Checker.Pinned pin() {
        return checker.pin();
    }

    /** The states asked for ({@code states}, comma-separated), or the proposal's own when none. */
    static List<String> states(Checker.Pinned pinned, String states, Proposal proposal) {
        if (states == null || states.isBlank()) return List.of(proposal.jurisdiction());
        return Jurisdictions.parse(
                "states", states, pinned.version().knowledge().vocabulary().jurisdictions());
    }

    /** Checks and stores; returns the stored check's id. */
    String check(
            String owner,
            Checker.Pinned pinned,
            Proposal proposal,
            byte[] proposalBytes,
            String proposalMediaType,
            List<String> states,
            List<LocalDate> dates,
            Language language) {
        if (states.size() > 1 && dates.size() > 1)
            throw new InvalidProposalException(
                    "dates", "several states are compared on one date: give one date, or one state for several dates");
        Messages messages = new Messages(language);
        String document;
        List<String> referenceDates = new ArrayList<>();
        if (states.size() > 1) {
            StateComparison comparison = metrics.timed(
                    "comparison",
                    () -> pinned.compare(
                            proposal,
                            "states",
                            String.join(",", states),
                            dates.isEmpty() ? null : dates.get(0),
                            language));
            document = ReportWriter.write(comparison, ReportFormat.JSON, messages);
            referenceDates.add(comparison.referenceDate());
        } else if (dates.size() > 1) {
            List<Report> reports = metrics.timed(
                    "whatif",
                    () -> dates.stream()
                            .map(d -> pinned.check(proposal.in(states.get(0)), d, language, false))
                            .toList());
            reports.forEach(metrics::report);
            document = ReportWriter.write(WhatIf.of(reports, pinned.successions()), ReportFormat.JSON, messages);
            reports.forEach(r -> referenceDates.add(r.referenceDate()));
        } else {
            Report report = metrics.timed(
                    "report",
                    () -> pinned.check(
                            proposal.in(states.get(0)), dates.isEmpty() ? null : dates.get(0), language, false));
            metrics.report(report);
            document = ReportWriter.write(report, ReportFormat.JSON);
            referenceDates.add(report.referenceDate());
        }
        StoredReport saved = store.save(new StoredReport(
                null,
                owner,
                null,
                Instant.now(),
                proposal.id(),
                states.get(0),
                referenceDates,
                pinned.version().rules().version(),
                pinned.version().knowledge().version(),
                EngineVersion.get(),
                proposalMediaType,
                proposalBytes,
                ReportFormat.JSON.mediaType(),
                document.getBytes(StandardCharsets.UTF_8)));
        return saved.id();
    }
}
