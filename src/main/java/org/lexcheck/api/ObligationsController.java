package org.lexcheck.api;

import java.time.LocalDate;
import java.util.EnumSet;
import org.lexcheck.knowledge.Language;
import org.lexcheck.report.ObligationsReport;
import org.lexcheck.report.ObligationsReportBuilder;
import org.lexcheck.report.ReportFormat;
import org.lexcheck.report.ReportWriter;
import org.lexcheck.system.Checker;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/obligations?jurisdiction=NL[&date=D][&area=A][&lang=nl]}: the positive
 * obligations that bind the state on the date (today when none is given), independent of any
 * proposal, as JSON or plain text. A bad state, area, date or language is a 400 problem naming
 * the parameter and its allowed values.
 */
@RestController
@RequestMapping("/api/v1")
class ObligationsController {
    private final Checker checker;

    ObligationsController(Checker checker) {
        this.checker = checker;
    }

    @GetMapping("/obligations")
    ResponseEntity<String> obligations(
            @RequestHeader(value = "Accept", required = false) String accept,
            @RequestParam(value = "jurisdiction", required = false) String jurisdiction,
            @RequestParam(value = "date", required = false) String date,
            @RequestParam(value = "area", required = false) String area,
            @RequestParam(value = "lang", required = false) String lang) {
        Language language = QueryParameters.language("lang", lang);
        LocalDate referenceDate = QueryParameters.date("date", date);
        ReportFormat output = MediaTypes.reportFormat(accept, EnumSet.of(ReportFormat.JSON, ReportFormat.TEXT));
        ObligationsReport report = checker.pin()
                .obligations(
                        jurisdiction,
                        referenceDate != null ? referenceDate : LocalDate.now(),
                        area == null || area.isBlank() ? null : area,
                        language);
        String body = output == ReportFormat.TEXT
                ? ObligationsReportBuilder.text(report)
                : ReportWriter.json().writeValueAsString(report);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(output.mediaType() + ";charset=UTF-8"))
                .header("Vary", "Accept")
                .body(body);
    }
}
