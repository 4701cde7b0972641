package org.lexcheck.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.lexcheck.store.ReportStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes stored checks older than the retention setting ({@code lexcheck.retention-days}; 0, the
 * default, keeps them for ever): at start and once a day after. Policy options under preparation
 * are confidential; what the ministry no longer needs should not stay.
 */
public final class ReportRetention implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReportRetention.class);

    private final ReportStore store;
    private final Duration keep;
    private final Clock clock;
    private final ScheduledExecutorService timer;

    public ReportRetention(ReportStore store, int days, Clock clock) {
        if (days < 0) throw new IllegalArgumentException("lexcheck.retention-days: 0 (keep) or more, not " + days);
        this.store = store;
        this.keep = Duration.ofDays(days);
        this.clock = clock;
        this.timer = days == 0
                ? null
                : Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "lexcheck-retention");
                    t.setDaemon(true);
                    return t;
                });
        if (timer != null) timer.scheduleAtFixedRate(this::purgeQuietly, 0, 1, TimeUnit.DAYS);
    }

    /** Deletes what is older than the retention; returns how many (0 when reports are kept for ever). */
    public int purge() {
        if (keep.isZero()) return 0;
        Instant cutoff = clock.instant().minus(keep);
        int deleted = store.deleteCreatedBefore(cutoff);
        if (deleted > 0) LOG.info("retention: {} stored check(s) created before {} deleted", deleted, cutoff);
        return deleted;
    }

    private void purgeQuietly() {
        try {
            purge();
        } catch (RuntimeException e) {
            // A failed purge must not stop the schedule; it is tried again the next day.
            LOG.warn("retention: purge failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        if (timer != null) timer.shutdownNow();
    }
}
