package org.lexcheck.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A store that hands every call to another; a decorator overrides what it changes ({@link GroupCommitStore}). */
public abstract class ForwardingReportStore implements ReportStore {
    protected final ReportStore store;

    protected ForwardingReportStore(ReportStore store) {
        this.store = store;
    }

    @Override
    public StoredReport save(StoredReport report) {
        return store.save(report);
    }

    @Override
    public List<StoredReport> saveAll(List<StoredReport> reports) {
        return store.saveAll(reports);
    }

    @Override
    public Optional<StoredReport> find(String id, String reader, Set<String> teams) {
        return store.find(id, reader, teams);
    }

    @Override
    public List<StoredReport> list(ReportQuery query) {
        return store.list(query);
    }

    @Override
    public Optional<StoredReport> share(String id, String owner, String team) {
        return store.share(id, owner, team);
    }

    @Override
    public boolean delete(String id, String owner) {
        return store.delete(id, owner);
    }

    @Override
    public int deleteCreatedBefore(Instant cutoff) {
        return store.deleteCreatedBefore(cutoff);
    }

    @Override
    public void close() {
        store.close();
    }
}
