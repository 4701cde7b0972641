package org.lexcheck.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.lexcheck.archive.CheckRequest;
import org.lexcheck.archive.CheckRun;
import org.lexcheck.archive.StoredChecks;
import org.lexcheck.engine.CheckBudget;
import org.lexcheck.knowledge.Language;
import org.lexcheck.proposal.InvalidProposalException;
import org.lexcheck.proposal.Proposal;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.proposal.ProposalReader;
import org.lexcheck.proposal.ProposalTooLargeException;
import org.lexcheck.report.Messages;
import org.lexcheck.report.ReportDiff;
import org.lexcheck.report.ReportFormat;
import org.lexcheck.report.ReportWriter;
import org.lexcheck.store.StoredReport;
import org.lexcheck.system.CheckAdmission;
import org.lexcheck.system.CheckMetrics;
import org.lexcheck.system.Checker;
import org.lexcheck.system.Limits;
import org.springframework.http.HttpStatus;
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
 * a report in the format {@code Accept} asks for out. Each request runs on one pinned version;
 * every answered check is stored ({@link StoredChecks}) and answered {@code 201 Created} with
 * {@code Location: /api/v1/reports/{id}} and the document itself as body.
 */
@RestController
@RequestMapping("/api/v1")
class CheckController {
    private final Checker checker;
    private final CheckMetrics metrics;
    private final StoredChecks archive;
    private final Limits limits;
    private final CheckAdmission admission;

    CheckController(
            Checker checker, CheckMetrics metrics, StoredChecks archive, Limits limits, CheckAdmission admission) {
        this.limits = limits;
        this.admission = admission;
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
        ProposalFormat format = MediaTypes.proposalFormat(contentType);
        boolean whatIf = dates != null;
        CheckRequest asked = new CheckRequest(
                QueryParameters.date("date", date),
                whatIf ? QueryParameters.dates("dates", dates) : null,
                jurisdictions,
                QueryParameters.language("lang", lang),
                QueryParameters.bool("explain", explain),
                QueryParameters.bool("withPending", withPending),
                whatIf
                        ? MediaTypes.reportFormat(accept, ReportWriter.COMPARISON_FORMATS)
                        : MediaTypes.reportFormat(accept));
        byte[] body = limitedBody(request.getInputStream());
        Checker.Pinned pinned = checker.pin();
        Proposal proposal = pinned.parse(body, format);
        CheckRun.Answer answer;
        try (var permit = admission.enter()) {
            answer = metrics.timed(asked.mode().metric(), () -> CheckRun.answer(pinned, proposal, asked, limits));
        }
        answer.reports().forEach(metrics::report);
        StoredReport saved;
        try {
            saved = archive.store(
                    request.getUserPrincipal().getName(), pinned, proposal, format, body, asked, answer, null);
        } catch (RuntimeException e) {
            // A full disk, a read-only data folder, a SPARQL server gone: the check is still answered,
            // said to be not kept (200, no Location), and the store's failure logged by its class only.
            LOG.warn("check answered but not stored: {}", e.getClass().getName());
            metrics.storeFailed();
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(asked.output().mediaType() + ";charset=UTF-8"))
                    .header("Vary", "Accept")
                    .header(NOT_STORED, "the report store did not take this check; it is answered but not kept")
                    .body(answer.document());
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/reports/" + saved.id()))
                .contentType(MediaType.parseMediaType(asked.output().mediaType() + ";charset=UTF-8"))
                .header("Vary", "Accept")
                .body(answer.document());
    }

    /** Header of a check answered while the report store failed (contract section 5, "Stored checks"). */
    static final String NOT_STORED = "X-Lexcheck-Not-Stored";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CheckController.class);

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
        ReportDiff diff;
        try (var permit = admission.enter();
                var budget = CheckBudget.open(limits.requestTime(), limits.requestFirings())) {
            diff = ReportDiff.between(
                    pinned.check(old, referenceDate, language, false),
                    pinned.check(updated, referenceDate, language, false),
                    pinned.successions());
        }
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

    /** Reads at most {@code lexcheck.limits.body-bytes}; a larger body is refused (413), not truncated. */
    private byte[] limitedBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(limits.bodyBytes() + 1);
        if (body.length > limits.bodyBytes()) throw new ProposalTooLargeException(limits.bodyBytes());
        return body;
    }
}
