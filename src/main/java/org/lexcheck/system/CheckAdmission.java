package org.lexcheck.system;

import java.util.concurrent.Semaphore;
import org.springframework.stereotype.Component;

/**
 * At most {@code lexcheck.limits.concurrent-checks} checks at once (checks, diffs, re-runs): one
 * more is answered 429 with {@code Retry-After} at once rather than queued, so that a burst of
 * expensive requests cannot exhaust the memory and leave the service alive but never answering.
 */
@Component
public class CheckAdmission {
    private final Semaphore permits;
    private final int limit;

    public CheckAdmission(Limits limits) {
        this.limit = limits.concurrentChecks();
        this.permits = new Semaphore(limit);
    }

    /** A permit to release (try-with-resources), or {@link TooManyChecksException} when all are taken. */
    public Permit enter() {
        if (!permits.tryAcquire()) throw new TooManyChecksException(limit);
        return permits::release;
    }

    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /** All permits taken: 429, try again in a second. */
    public static final class TooManyChecksException extends RuntimeException {
        public TooManyChecksException(int limit) {
            super(
                    limit
                            + " checks are running, the most this service runs at once (lexcheck.limits.concurrent-checks); try again shortly");
        }
    }
}
