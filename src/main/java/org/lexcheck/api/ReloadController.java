package org.lexcheck.api;

import org.lexcheck.system.KnowledgeReloader;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For rule authors: {@code POST /api/v1/admin/reload} rebuilds knowledge and rules from disk and
 * swaps them in, or keeps the old version and answers the errors (422);
 * {@code GET /api/v1/admin/versions} names the version serving and the last reload.
 * Both require the role AUTHOR (org.lexcheck.security.SecurityConfiguration).
 */
@RestController
@RequestMapping("/api/v1/admin")
class ReloadController {
    private final KnowledgeReloader reloader;

    /** The reload metrics count every reload through KnowledgeReloader.onResult (CheckMetrics). */
    ReloadController(KnowledgeReloader reloader) {
        this.reloader = reloader;
    }

    @PostMapping("/reload")
    ResponseEntity<?> reload() {
        var result = reloader.reload();
        HttpStatus status = result.status() == KnowledgeReloader.Result.Status.FAILED
                ? HttpStatus.UNPROCESSABLE_CONTENT
                : HttpStatus.OK;
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(result);
    }

    @GetMapping("/versions")
    ResponseEntity<?> versions() {
        return ResponseEntity.ok(reloader.last());
    }
}
