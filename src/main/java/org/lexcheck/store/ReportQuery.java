package org.lexcheck.store;

import java.time.Instant;

/**
 * A page of stored reports, newest first: those {@code reader} may see (their own, and those
 * shared with one of {@code teams}), filtered by proposal id, owner and creation time (each
 * filter null when not asked for).
 */
public record ReportQuery(
        String reader,
        java.util.Set<String> teams,
        String proposalId,
        String owner,
        Instant from,
        Instant to,
        int page,
        int size) {

    /** At most this many reports in one page. */
    public static final int MAX_SIZE = 100;

    public ReportQuery {
        teams = teams == null ? java.util.Set.of() : java.util.Set.copyOf(teams);
        if (page < 0) throw new IllegalArgumentException("page must be 0 or more");
        if (size < 1 || size > MAX_SIZE) throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE);
    }
}
