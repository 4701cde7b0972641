package org.lexcheck.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.lexcheck.proposal.Proposal;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.report.ReportFormat;
import org.lexcheck.store.ReportStore;
import org.lexcheck.store.StoredReport;
import org.lexcheck.system.Checker;
import org.lexcheck.system.EngineVersion;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Keeps every check the service answers (issue 12): the proposal as received and the document as
 * written, byte for byte, with who asked, when, the reference dates and the versions that
 * answered; the answer is {@code 201 Created} with {@code Location: /api/v1/reports/{id}} and
 * the document itself as body.
 */
@Component
class CheckArchive {
    private final ReportStore store;

    CheckArchive(ReportStore store) {
        this.store = store;
    }

    ResponseEntity<String> stored(
            HttpServletRequest request,
            Checker.Pinned pinned,
            Proposal proposal,
            List<String> referenceDates,
            ProposalFormat format,
            byte[] body,
            ReportFormat output,
            String document) {
        StoredReport saved = store.save(new StoredReport(
                null,
                request.getUserPrincipal().getName(),
                null,
                Instant.now(),
                proposal.id(),
                proposal.jurisdiction(),
                referenceDates,
                pinned.version().rules().version(),
                pinned.version().knowledge().version(),
                EngineVersion.get(),
                "application/" + format.name().toLowerCase(Locale.ROOT),
                body,
                output.mediaType(),
                document.getBytes(StandardCharsets.UTF_8)));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/reports/" + saved.id()))
                .contentType(MediaType.parseMediaType(output.mediaType() + ";charset=UTF-8"))
                .header("Vary", "Accept")
                .body(document);
    }
}
