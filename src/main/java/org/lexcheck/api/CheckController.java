package org.lexcheck.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.lexcheck.proposal.InvalidProposalException;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.proposal.ProposalReader;
import org.lexcheck.report.Messages;
import org.lexcheck.report.Report;
import org.lexcheck.report.ReportDiff;
import org.lexcheck.report.WhatIf;
import org.lexcheck.report.ReportFormat;
import org.lexcheck.report.ReportWriter;
import org.lexcheck.system.Checker;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/checks}: a proposal in JSON, XML or YAML in; a report in the format {@code Accept} asks for out. */
@RestController
@RequestMapping("/api/v1")
class CheckController {
    private final Checker checker;

    CheckController(Checker checker) {
        this.checker = checker;
    }

    @PostMapping("/checks")
    ResponseEntity<String> check(HttpServletRequest request,
                                 @RequestHeader(value = "Content-Type", required = false) String contentType,
                                 @RequestHeader(value = "Accept", required = false) String accept,
                                 @RequestParam(value = "date", required = false) String date,
                                 @RequestParam(value = "dates", required = false) String dates,
                                 @RequestParam(value = "lang", defaultValue = "en") String lang,
                                 @RequestParam(value = "explain", defaultValue = "false") boolean explain) throws IOException {
        ProposalFormat format = MediaTypes.proposalFormat(contentType);
        ReportFormat output = MediaTypes.reportFormat(accept);
        byte[] body = limitedBody(request.getInputStream());
        if (dates != null && !dates.isBlank()) return whatIf(body, format, dates, lang, output);
        Report report = checker.check(body, format, parseDate(date), lang, explain);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(output.mediaType() + ";charset=UTF-8"))
                .header("Vary", "Accept")
                .body(ReportWriter.write(report, output));
    }

    /** {@code dates=2026-06-11,2026-06-12}: the proposal on each date and what changes between them (JSON or text). */
    private ResponseEntity<String> whatIf(byte[] body, ProposalFormat format, String dates, String lang, ReportFormat output) {
        var proposal = checker.parse(body, format);
        var reports = java.util.Arrays.stream(dates.split(",")).map(String::strip).map(CheckController::parseDate)
                .map(d -> checker.check(proposal, d, lang)).toList();
        return respond(output, ReportWriter.write(WhatIf.of(reports), output, new Messages(lang)));
    }

    /**
     * {@code POST /api/v1/diffs}: body {@code {"old": proposal, "new": proposal}} (JSON); the findings
     * that appear, disappear or change from the old version to the new.
     */
    @PostMapping("/diffs")
    ResponseEntity<String> diff(HttpServletRequest request,
                                @RequestHeader(value = "Accept", required = false) String accept,
                                @RequestParam(value = "date", required = false) String date,
                                @RequestParam(value = "lang", defaultValue = "en") String lang) throws IOException {
        ReportFormat output = MediaTypes.reportFormat(accept);
        var tree = ProposalReader.readTree(limitedBody(request.getInputStream()), ProposalFormat.JSON);
        for (String side : java.util.List.of("old", "new")) {
            if (!tree.has(side)) throw new InvalidProposalException(side, "is required: the body is {\"old\": proposal, \"new\": proposal}");
        }
        var validator = checker.current().validator();
        Report old = checker.check(validated(validator, tree, "old"), parseDate(date), lang);
        Report updated = checker.check(validated(validator, tree, "new"), parseDate(date), lang);
        return respond(output, ReportWriter.write(ReportDiff.between(old, updated), output, new Messages(lang)));
    }

    private static org.lexcheck.proposal.Proposal validated(org.lexcheck.proposal.ProposalValidator validator,
                                                            tools.jackson.databind.JsonNode tree, String side) {
        try {
            return validator.validate(tree.get(side));
        } catch (InvalidProposalException e) {
            throw new InvalidProposalException(side + "." + e.field(), e.getMessage(), e.allowed());
        }
    }

    /** Diffs and what-ifs have no HTML form: HTML is answered as plain text. */
    private static ResponseEntity<String> respond(ReportFormat output, String body) {
        String type = output == ReportFormat.HTML ? "text/plain" : output.mediaType();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type + ";charset=UTF-8")).body(body);
    }

    /** Reads at most {@link ProposalReader#MAX_BYTES}; a larger body is refused, not truncated. */
    private static byte[] limitedBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(ProposalReader.MAX_BYTES + 1);
        if (body.length > ProposalReader.MAX_BYTES) {
            throw new InvalidProposalException("(body)", "proposal larger than " + ProposalReader.MAX_BYTES + " bytes");
        }
        return body;
    }

    private static LocalDate parseDate(String date) {
        if (date == null || date.isBlank()) return null;
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidProposalException("date", "expected a date YYYY-MM-DD, got '" + date + "'");
        }
    }
}
