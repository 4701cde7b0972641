package org.lexcheck.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lexcheck.archive.StoredChecks;
import org.lexcheck.knowledge.Language;
import org.lexcheck.proposal.InvalidProposalException;
import org.lexcheck.proposal.ProposalReader;
import org.lexcheck.report.ReportFormat;
import org.lexcheck.report.ReportWriter;
import org.lexcheck.security.Caller;
import org.lexcheck.security.UserAccount;
import org.lexcheck.store.ReportQuery;
import org.lexcheck.store.StoredReport;
import org.lexcheck.system.CheckAdmission;
import org.lexcheck.system.Checker;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Stored checks: {@code GET /api/v1/reports/{id}} gives the document as it was answered to its
 * owner and the members of the team it is shared with (404 for anyone else, as for an id that
 * does not exist: whether a report exists is itself confidential); {@code GET /api/v1/reports}
 * lists those the caller may see, newest first, with their provenance; the owner shares a report
 * with one of their teams ({@code PUT .../team}) or deletes it; {@code POST .../rerun} answers it
 * again with the law serving now and says what changed in the law since.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportsController {
    private final StoredChecks archive;
    private final Checker checker;
    private final CheckAdmission admission;

    ReportsController(StoredChecks archive, Checker checker, CheckAdmission admission) {
        this.archive = archive;
        this.checker = checker;
        this.admission = admission;
    }

    @GetMapping("/{id}")
    ResponseEntity<?> report(@PathVariable("id") String id, Authentication auth) {
        Caller caller = Caller.of(auth);
        return archive.find(id, caller.name(), caller.teams())
                .<ResponseEntity<?>>map(r -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(r.reportMediaType() + ";charset=UTF-8"))
                        .header("X-Lexcheck-Rules-Version", r.rulesVersion())
                        .header("X-Lexcheck-Ontology-Version", r.ontologyVersion())
                        .body(r.report()))
                .orElseGet(ReportsController::notFound);
    }

    @GetMapping
    ResponseEntity<List<Map<String, Object>>> list(
            Authentication auth,
            @RequestParam(value = "proposal", required = false) String proposal,
            @RequestParam(value = "author", required = false) String author,
            @RequestParam(value = "from", required = false) String from,
            @RequestParam(value = "to", required = false) String to,
            @RequestParam(value = "page", required = false, defaultValue = "0") String page,
            @RequestParam(value = "size", required = false, defaultValue = "20") String size) {
        Caller caller = Caller.of(auth);
        if (author != null && !UserAccount.isName(author))
            throw new InvalidProposalException("author", "expected a user name: " + UserAccount.NAME_RULE);
        ReportQuery query = new ReportQuery(
                caller.name(),
                caller.teams(),
                proposal,
                author,
                instant("from", from),
                instant("to", to),
                number("page", page, 0, Integer.MAX_VALUE),
                number("size", size, 1, ReportQuery.MAX_SIZE));
        return ResponseEntity.ok(
                archive.list(query).stream().map(ReportsController::summary).toList());
    }

    /** {@code PUT /api/v1/reports/{id}/team} with {@code {"team": "NAME"}}: the owner shares it with a team of theirs. */
    @PutMapping("/{id}/team")
    ResponseEntity<?> share(
            @PathVariable("id") String id, @RequestBody(required = false) byte[] body, Authentication auth) {
        Caller caller = Caller.of(auth);
        JsonNode tree =
                ProposalReader.readTree(body == null ? new byte[0] : body, org.lexcheck.proposal.ProposalFormat.JSON);
        JsonNode team = tree.isObject() ? tree.get("team") : null;
        if (team == null || !team.isString() || tree.size() != 1)
            throw new InvalidProposalException(
                    "team", "the body is {\"team\": NAME}, a team you belong to", List.copyOf(caller.teams()));
        if (!caller.isIn(team.asString()))
            throw new InvalidProposalException(
                    "team", "you can share only with a team you belong to", List.copyOf(caller.teams()));
        return archive.share(id, caller.name(), team.asString())
                .<ResponseEntity<?>>map(r -> ResponseEntity.ok(summary(r)))
                .orElseGet(ReportsController::notFound);
    }

    /** {@code DELETE /api/v1/reports/{id}/team}: the owner shares it with nobody any more. */
    @DeleteMapping("/{id}/team")
    ResponseEntity<?> unshare(@PathVariable("id") String id, Authentication auth) {
        return archive.share(id, auth.getName(), null)
                .<ResponseEntity<?>>map(r -> ResponseEntity.ok(summary(r)))
                .orElseGet(ReportsController::notFound);
    }

    /** {@code DELETE /api/v1/reports/{id}}: the owner deletes it (204); a team member cannot. */
    @DeleteMapping("/{id}")
    ResponseEntity<?> deleteReport(@PathVariable("id") String id, Authentication auth) {
        return archive.delete(id, auth.getName()) ? ResponseEntity.noContent().build() : notFound();
    }

    /**
     * {@code POST /api/v1/reports/{id}/rerun}: the stored proposal answered again by the law serving
     * now, on the same dates and states; the new answer is stored for the caller (201, Location)
     * and the body says what changed in the law since ({@code LawChange}, JSON or text).
     */
    @PostMapping("/{id}/rerun")
    ResponseEntity<?> rerun(
            @PathVariable("id") String id,
            @RequestHeader(value = "Accept", required = false) String accept,
            Authentication auth) {
        Caller caller = Caller.of(auth);
        ReportFormat output = MediaTypes.reportFormat(accept, RERUN_FORMATS);
        Optional<StoredChecks.Rerun> rerun;
        try (var permit = admission.enter()) {
            rerun = archive.rerun(id, caller.name(), caller.teams(), checker.pin());
        }
        return rerun.<ResponseEntity<?>>map(r -> ResponseEntity.status(HttpStatus.CREATED)
                        .location(java.net.URI.create(
                                "/api/v1/reports/" + r.report().id()))
                        .contentType(MediaType.parseMediaType(output.mediaType() + ";charset=UTF-8"))
                        .body(
                                output == ReportFormat.TEXT
                                        ? r.change().toText(new org.lexcheck.report.Messages(language(r.report())))
                                        : ReportWriter.json().writeValueAsString(r.change())))
                .orElseGet(ReportsController::notFound);
    }

    private static final java.util.Set<ReportFormat> RERUN_FORMATS =
            java.util.EnumSet.of(ReportFormat.JSON, ReportFormat.TEXT);

    private static Language language(StoredReport r) {
        return Language.of(r.parameters().getOrDefault("lang", "en")).orElse(Language.EN);
    }

    /** A stored check without its content: what a list shows. */
    private static Map<String, Object> summary(StoredReport r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", r.id());
        s.put("location", "/api/v1/reports/" + r.id());
        s.put("owner", r.owner());
        if (r.team() != null) s.put("team", r.team());
        s.put("createdAt", r.createdAt().toString());
        s.put("proposal", r.proposalId());
        s.put("jurisdiction", r.jurisdiction());
        s.put("referenceDates", r.referenceDates());
        s.put("mediaType", r.reportMediaType());
        s.put("parameters", r.parameters());
        if (r.revisionOf() != null) s.put("revisionOf", r.revisionOf());
        s.put(
                "provenance",
                Map.of(
                        "rulesVersion", r.rulesVersion(),
                        "ontologyVersion", r.ontologyVersion(),
                        "engineVersion", r.engineVersion()));
        return s;
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

    static ResponseEntity<?> notFound() {
        return ProblemHandler.notFound("no such report");
    }
}
