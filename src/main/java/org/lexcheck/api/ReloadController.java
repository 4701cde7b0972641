package org.lexcheck.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.lexcheck.system.KnowledgeReloader;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For rule authors: {@code POST /api/v1/admin/reload} rebuilds knowledge and rules from disk and
 * swaps them in, or keeps the old version and answers the errors (422);
 * {@code GET /api/v1/admin/versions} names the version serving and the last reload.
 * Until authentication exists, only requests from this machine are accepted.
 */
@RestController
@RequestMapping("/api/v1/admin")
class ReloadController {
    private final KnowledgeReloader reloader;
    private final CheckMetrics metrics;

    ReloadController(KnowledgeReloader reloader, CheckMetrics metrics) {
        this.reloader = reloader;
        this.metrics = metrics;
    }

    @PostMapping("/reload")
    ResponseEntity<?> reload(HttpServletRequest request) {
        ResponseEntity<?> refused = refuseRemote(request);
        if (refused != null) return refused;
        var result = reloader.reload();
        metrics.reload(result.status().name());
        HttpStatus status = result.status() == KnowledgeReloader.Result.Status.FAILED
                ? HttpStatus.UNPROCESSABLE_CONTENT
                : HttpStatus.OK;
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(result);
    }

    @GetMapping("/versions")
    ResponseEntity<?> versions(HttpServletRequest request) {
        ResponseEntity<?> refused = refuseRemote(request);
        return refused != null ? refused : ResponseEntity.ok(reloader.last());
    }

    private static ResponseEntity<?> refuseRemote(HttpServletRequest request) {
        try {
            if (InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) return null;
        } catch (UnknownHostException e) {
            // fall through: refuse
        }
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN, "reload is for rule authors on this machine until authentication exists");
        p.setType(URI.create("urn:lexcheck:problem:forbidden"));
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }
}
