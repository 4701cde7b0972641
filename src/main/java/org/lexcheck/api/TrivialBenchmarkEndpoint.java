package org.lexcheck.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.proposal.ProposalReader;
import org.lexcheck.proposal.ProposalTooLargeException;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Only with the Spring profile {@code benchmark} (benchmarks/compare.sh), never in production: a
 * request that costs what the framework costs (sign-in, routing, reading and parsing the same
 * proposal body) and nothing of the check, answered with a fixed small JSON. The throughput of
 * {@code POST /api/v1/checks} divided by this one's says how close a check comes to the
 * framework's own limit.
 */
@Profile("benchmark")
@RestController
class TrivialBenchmarkEndpoint {
    private static final String ANSWER = "{\"parsed\":true}";

    @PostMapping("/api/v1/benchmark/trivial")
    ResponseEntity<String> trivial(HttpServletRequest request) throws IOException {
        byte[] body = request.getInputStream().readNBytes(ProposalReader.MAX_BYTES + 1);
        if (body.length > ProposalReader.MAX_BYTES) throw new ProposalTooLargeException(ProposalReader.MAX_BYTES);
        ProposalReader.readTree(body, ProposalFormat.JSON);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(ANSWER);
    }
}
