package org.lexcheck.api;

import java.security.Principal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lexcheck.proposal.InvalidProposalException;
import org.lexcheck.store.ReportQuery;
import org.lexcheck.store.ReportStore;
import org.lexcheck.store.StoredReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stored checks: {@code GET /api/v1/reports/{id}} gives the document as it was answered (404 for
 * anyone but its owner, as for an id that does not exist: whether a report exists is itself
 * confidential); {@code GET /api/v1/reports} lists the caller's, newest first, with their
 * provenance, filtered by proposal id and creation time.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportsController {
    private final ReportStore store;

    ReportsController(ReportStore store) {
        this.store = store;
    }

    @GetMapping("/{id}")
    ResponseEntity<?> report(@PathVariable("id") String id, Principal caller) {
        return store.find(id, caller.getName(), Set.of())
                .<ResponseEntity<?>>map(r -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(r.reportMediaType() + ";charset=UTF-8"))
                        .header("X-Lexcheck-Rules-Version", r.rulesVersion())
                        .header("X-Lexcheck-Ontology-Version", r.ontologyVersion())
                        .body(r.report()))
                .orElseGet(ReportsController::notFound);
    }

    @GetMapping
    ResponseEntity<List<Map<String, Object>>> list(
            Principal caller,
            @RequestParam(value = "proposal", required = false) String proposal,
            @RequestParam(value = "from", required = false) String from,
            @RequestParam(value = "to", required = false) String to,
            @RequestParam(value = "page", required = false, defaultValue = "0") String page,
            @RequestParam(value = "size", required = false, defaultValue = "20") String size) {
        ReportQuery query = new ReportQuery(
                caller.getName(),
                Set.of(),
                proposal,
                caller.getName(),
                instant("from", from),
                instant("to", to),
                number("page", page, 0, Integer.MAX_VALUE),
                number("size", size, 1, ReportQuery.MAX_SIZE));
        return ResponseEntity.ok(
                store.list(query).stream().map(ReportsController::summary).toList());
    }

    /** A stored check without its content: what a list shows. */
    private static Map<String, Object> summary(StoredReport r) {
        return Map.of(
                "id", r.id(),
                "location", "/api/v1/reports/" + r.id(),
                "owner", r.owner(),
                "createdAt", r.createdAt().toString(),
                "proposal", r.proposalId(),
                "jurisdiction", r.jurisdiction(),
                "referenceDates", r.referenceDates(),
                "mediaType", r.reportMediaType(),
                "provenance",
                        Map.of(
                                "rulesVersion", r.rulesVersion(),
                                "ontologyVersion", r.ontologyVersion(),
                                "engineVersion", r.engineVersion()));
    }

    private static Instant instant(String field, String value) {
        if (value == null) return null;
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidProposalException(
                    field,
                    "expected an instant such as 2026-11-30T10:00:00Z, got '"
                            + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "'");
        }
    }

    private static int number(String field, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidProposalException(field, "expected a whole number from " + min + " to " + max);
    }

    private static ResponseEntity<?> notFound() {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no such report");
        p.setType(java.net.URI.create("urn:lexcheck:problem:not-found"));
        p.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }
}
