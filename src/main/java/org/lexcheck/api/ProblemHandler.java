package org.lexcheck.api;

import java.net.URI;
import org.lexcheck.engine.CheckLimitExceededException;
import org.lexcheck.proposal.InvalidProposalException;
import org.lexcheck.proposal.ProposalTooLargeException;
import org.lexcheck.system.CheckAdmission;
import org.lexcheck.system.CheckMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers bad input with RFC 9457 problem details that name the field and the allowed values; never a stack trace. */
@RestControllerAdvice
class ProblemHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);
    private final CheckMetrics metrics;

    ProblemHandler(CheckMetrics metrics) {
        this.metrics = metrics;
    }

    @ExceptionHandler(InvalidProposalException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidProposalException e) {
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (e instanceof UnsupportedFormatException) {
            status = e.field().equals("Accept") ? HttpStatus.NOT_ACCEPTABLE : HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        } else if (e instanceof ProposalTooLargeException) {
            status = HttpStatus.CONTENT_TOO_LARGE;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.field() + ": " + e.getMessage());
        problem.setType(URI.create("urn:lexcheck:problem:invalid-input"));
        problem.setTitle("Invalid input");
        problem.setProperty("field", e.field());
        if (!e.allowed().isEmpty()) problem.setProperty("allowed", e.allowed());
        return respond(status, problem);
    }

    @ExceptionHandler(CheckLimitExceededException.class)
    ResponseEntity<ProblemDetail> cutOff(CheckLimitExceededException e) {
        LOG.warn(e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(URI.create("urn:lexcheck:problem:check-cut-off"));
        problem.setTitle("Check cut off");
        return respond(HttpStatus.UNPROCESSABLE_CONTENT, problem);
    }

    @ExceptionHandler(CheckAdmission.TooManyChecksException.class)
    ResponseEntity<ProblemDetail> tooMany(CheckAdmission.TooManyChecksException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        problem.setType(URI.create("urn:lexcheck:problem:too-many-checks"));
        problem.setTitle("Too many checks");
        metrics.rejected(HttpStatus.TOO_MANY_REQUESTS.value(), String.valueOf(problem.getType()));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", "1")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The report store (a SPARQL server) did not answer: nothing was stored or read; the client may retry. */
    @ExceptionHandler(org.lexcheck.store.StoreUnavailableException.class)
    ResponseEntity<ProblemDetail> storeUnavailable(org.lexcheck.store.StoreUnavailableException e) {
        LOG.warn(e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "the report store does not answer; try again later");
        problem.setType(URI.create("urn:lexcheck:problem:unavailable"));
        problem.setTitle("Service unavailable");
        metrics.rejected(HttpStatus.SERVICE_UNAVAILABLE.value(), String.valueOf(problem.getType()));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(org.springframework.http.HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * 404 {@code urn:lexcheck:problem:not-found} for something that does not exist or that the caller
     * may not know exists (another owner's stored check): the same answer either way.
     */
    static ResponseEntity<ProblemDetail> notFound(String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        p.setType(URI.create("urn:lexcheck:problem:not-found"));
        p.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    /** Seconds a client should wait before retrying a request the report store could not serve. */
    static final int RETRY_AFTER_SECONDS = 10;

    private ResponseEntity<ProblemDetail> respond(HttpStatus status, ProblemDetail problem) {
        metrics.rejected(status.value(), String.valueOf(problem.getType()));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
