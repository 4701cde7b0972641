package org.lexcheck.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.lexcheck.proposal.InvalidProposalException;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.proposal.ProposalReader;
import org.lexcheck.report.Report;
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
                                 @RequestParam(value = "lang", defaultValue = "en") String lang) throws IOException {
        ProposalFormat format = MediaTypes.proposalFormat(contentType);
        ReportFormat output = MediaTypes.reportFormat(accept);
        byte[] body = limitedBody(request.getInputStream());
        Report report = checker.check(body, format, parseDate(date), lang);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(output.mediaType() + ";charset=UTF-8"))
                .header("Vary", "Accept")
                .body(ReportWriter.write(report, output));
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
