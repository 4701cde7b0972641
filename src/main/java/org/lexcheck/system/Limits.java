package org.lexcheck.system;

import java.time.Duration;
import org.lexcheck.proposal.ProposalReader;

/**
 * What one request may ask of the service: the size of its body, the number of measures in a
 * proposal, the time and rule firings all its checks may spend together (every date, state,
 * remedy and alternative; {@link org.lexcheck.engine.CheckBudget}), and how many checks may run
 * at once (more are answered 429). Set with {@code lexcheck.limits.*} (docs/contract.md, section 5).
 */
public record Limits(int bodyBytes, int measures, Duration requestTime, long requestFirings, int concurrentChecks) {

    /** The defaults: generous for any real proposal, small enough that no request can take the service down. */
    public static final Limits DEFAULT = new Limits(
            ProposalReader.MAX_BYTES,
            200,
            Duration.ofSeconds(30),
            1_000_000,
            Math.max(2, 2 * Runtime.getRuntime().availableProcessors()));

    public Limits {
        if (bodyBytes < 1 || bodyBytes > ProposalReader.MAX_BYTES)
            throw new IllegalArgumentException(
                    "lexcheck.limits.body-bytes must be 1 to " + ProposalReader.MAX_BYTES + ", got " + bodyBytes);
        if (measures < 1) throw new IllegalArgumentException("lexcheck.limits.measures must be at least 1");
        if (requestTime.isNegative() || requestTime.isZero())
            throw new IllegalArgumentException("lexcheck.limits.request-seconds must be positive");
        if (requestFirings < 1) throw new IllegalArgumentException("lexcheck.limits.request-firings must be positive");
        if (concurrentChecks < 1)
            throw new IllegalArgumentException("lexcheck.limits.concurrent-checks must be at least 1");
    }
}
