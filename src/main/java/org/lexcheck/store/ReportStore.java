package org.lexcheck.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where checked proposals and their reports are kept. Every write is one transaction: a report
 * acknowledged by {@link #save} is on disk.
 */
public interface ReportStore extends AutoCloseable {

    /** Stores the report (its {@code id} is ignored) and returns it under the id the store gave it. */
    StoredReport save(StoredReport report);

    /** The report with this id, if {@code reader} owns it or it is shared with one of {@code teams}. */
    Optional<StoredReport> find(String id, String reader, java.util.Set<String> teams);

    /** A page of the reports the query's reader may see, newest first, without their bodies' bytes checked. */
    List<StoredReport> list(ReportQuery query);

    /**
     * Shares the report with {@code team} (null: with nobody) if {@code owner} owns it; the report
     * as now stored, or empty when there is no such report of this owner.
     */
    Optional<StoredReport> share(String id, String owner, String team);

    /** Deletes the report if {@code owner} owns it; true when it was there. */
    boolean delete(String id, String owner);

    /** Deletes every report created before {@code cutoff} (the retention setting); returns how many. */
    int deleteCreatedBefore(Instant cutoff);

    @Override
    void close();
}
