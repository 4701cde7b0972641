package org.lexcheck.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.lexcheck.knowledge.Language;
import org.lexcheck.proposal.InvalidProposalException;
import org.lexcheck.proposal.Proposal;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.proposal.ProposalReader;
import org.lexcheck.proposal.ProposalTooLargeException;
import org.lexcheck.report.Messages;
import org.lexcheck.report.Report;
import org.lexcheck.report.ReportDiff;
import org.lexcheck.report.ReportFormat;
import org.lexcheck.report.ReportWriter;
import org.lexcheck.report.WhatIf;
import org.lexcheck.system.Checker;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/checks} and {@code POST /api/v1/diffs}: a proposal in JSON, XML or YAML in;
 * a report in the format {@code Accept} asks for out. Each request runs on one pinned version.
 */
@RestController
@RequestMapping("/api/v1")
class CheckController {
    private final Checker checker;
    private final CheckMetrics metrics;
    private final CheckArchive archive;

    CheckController(Checker checker, CheckMetrics metrics, CheckArchive archive) {
        this.checker = checker;
        this.metrics = metrics;
        this.archive = archive;
    }

    @PostMapping("/checks")
    ResponseEntity<String> check(
            HttpServletRequest request,
            @RequestHeader(value = "Content-Type", required = false) String contentType,
            @RequestHeader(value = "Accept", required = false) String accept,
            @RequestParam(value = "date", required = false) String date,
            @RequestParam(value = "dates", required = false) String dates,
            @RequestParam(value = "jurisdictions", required = false) String jurisdictions,
            @RequestParam(value = "lang", required = false) String lang,
            @RequestParam(value = "explain", required = false) String explain,
            @RequestParam(value = "withPending", required = false) String withPending)
            throws IOException {
        boolean explained = QueryParameters.bool("explain", explain);
        boolean assumePending = QueryParameters.bool("withPending", withPending);
        Language language = QueryParameters.language("lang", lang);
        boolean whatIf = dates != null;
        if (whatIf && date != null) {
            throw new InvalidProposalException(
                    "dates",
                    "cannot be combined with date: give one date as date=D or several as dates=D1,D2",
                    List.of("date", "dates"));
        }
        if (whatIf && jurisdictions != null) {
            throw new InvalidProposalException(
                    "jurisdictions",
                    "cannot be combined with dates: states are compared on one date",
                    List.of("date", "jurisdictions"));
        }
        ProposalFormat format = MediaTypes.proposalFormat(contentType);
        ReportFormat output = whatIf
                ? MediaTypes.reportFormat(accept, ReportWriter.COMPARISON_FORMATS)
                : MediaTypes.reportFormat(accept);
        var referenceDates = whatIf ? QueryParameters.dates("dates", dates) : null;
        var referenceDate = QueryParameters.date("date", date);
        byte[] body = limitedBody(request.getInputStream());
        // withPending=true: the same version read as if pending law applied (issue 11, item 7).
        Checker.Pinned pinned = assumePending ? checker.pin().withPending() : checker.pin();
        Proposal proposal = pinned.parse(body, format);
        if (jurisdictions != null) {
            var comparison = metrics.timed(
                    "comparison",
                    () -> pinned.compare(proposal, "jurisdictions", jurisdictions, referenceDate, language));
            return archive.stored(
                    request,
                    pinned,
                    proposal,
                    List.of(comparison.referenceDate()),
                    format,
                    body,
                    output,
                    ReportWriter.write(comparison, output, new Messages(language)));
        }
        if (whatIf) {
            List<Report> reports = metrics.timed(
                    "whatif",
                    () -> referenceDates.stream()
                            .map(d -> pinned.check(proposal, d, language, explained))
                            .toList());
            reports.forEach(metrics::report);
            return archive.stored(
                    request,
                    pinned,
                    proposal,
                    reports.stream().map(Report::referenceDate).toList(),
                    format,
                    body,
                    output,
                    ReportWriter.write(WhatIf.of(reports, pinned.successions()), output, new Messages(language)));
        }
        Report report = metrics.timed("report", () -> pinned.check(proposal, referenceDate, language, explained));
        metrics.report(report);
        return archive.stored(
                request,
                pinned,
                proposal,
                List.of(report.referenceDate()),
                format,
                body,
                output,
                ReportWriter.write(report, output));
    }

    /**
     * {@code POST /api/v1/diffs}: body {@code {"old": proposal, "new": proposal}} (JSON); the findings
     * that appear, disappear or change from the old version to the new.
     */
    @PostMapping("/diffs")
    ResponseEntity<String> diff(
            HttpServletRequest request,
            @RequestHeader(value = "Accept", required = false) String accept,
            @RequestParam(value = "date", required = false) String date,
            @RequestParam(value = "lang", required = false) String lang)
            throws IOException {
        Language language = QueryParameters.language("lang", lang);
        ReportFormat output = MediaTypes.reportFormat(accept, ReportWriter.COMPARISON_FORMATS);
        var referenceDate = QueryParameters.date("date", date);
        JsonNode tree = ProposalReader.readTree(limitedBody(request.getInputStream()), ProposalFormat.JSON);
        if (!tree.isObject())
            throw new InvalidProposalException(
                    "(body)", "expected {\"old\": proposal, \"new\": proposal}", List.of("old", "new"));
        for (String field : tree.propertyNames()) {
            if (!field.equals("old") && !field.equals("new")) {
                throw new InvalidProposalException(
                        field,
                        "unknown field: the body is {\"old\": proposal, \"new\": proposal}",
                        List.of("old", "new"));
            }
        }
        Checker.Pinned pinned = checker.pin();
        Proposal old = validated(pinned, tree, "old");
        Proposal updated = validated(pinned, tree, "new");
        ReportDiff diff = ReportDiff.between(
                pinned.check(old, referenceDate, language, false),
                pinned.check(updated, referenceDate, language, false),
                pinned.successions());
        return respond(output, ReportWriter.write(diff, output, new Messages(language)));
    }

    private static Proposal validated(Checker.Pinned pinned, JsonNode tree, String side) {
        if (!tree.has(side))
            throw new InvalidProposalException(side, "is required: the body is {\"old\": proposal, \"new\": proposal}");
        try {
            return pinned.validate(tree.get(side));
        } catch (InvalidProposalException e) {
            throw new InvalidProposalException(side + "." + e.field(), e.getMessage(), e.allowed());
        }
    }

    private static ResponseEntity<String> respond(ReportFormat output, String body) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(output.mediaType() + ";charset=UTF-8"))
                .header("Vary", "Accept")
                .body(body);
    }

    /** Reads at most {@link ProposalReader#MAX_BYTES}; a larger body is refused (413), not truncated. */
    private static byte[] limitedBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(ProposalReader.MAX_BYTES + 1);
        if (body.length > ProposalReader.MAX_BYTES) throw new ProposalTooLargeException(ProposalReader.MAX_BYTES);
        return body;
    }
}
