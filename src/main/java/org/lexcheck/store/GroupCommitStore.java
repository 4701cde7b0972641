package org.lexcheck.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Saves arriving together are committed together: one writer thread takes every save waiting and
 * hands them to the store as one {@link ReportStore#saveAll} (one transaction, one sync to disk),
 * then answers each caller. A caller still returns only after its report is committed, so an
 * acknowledged report is on disk as before; what changes is that sixteen concurrent checks pay for
 * one commit instead of queueing for sixteen (a store such as TDB2 has a single writer, and its
 * commit syncs files: under load the checks spent most of their time waiting there).
 * Everything else goes straight to the store.
 */
public final class GroupCommitStore extends ForwardingReportStore {
    /** At most this many reports in one commit: a bound on the transaction, not a wait. */
    static final int MAX_BATCH = 64;

    private record Pending(StoredReport report, CompletableFuture<StoredReport> saved) {}

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean open = true;

    public GroupCommitStore(ReportStore store) {
        super(store);
        this.writer = new Thread(this::write, "lexcheck-report-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public StoredReport save(StoredReport report) {
        if (!open) throw new IllegalStateException("the report store is closed");
        Pending p = new Pending(report, new CompletableFuture<>());
        queue.add(p);
        try {
            return p.saved().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    @Override
    public List<StoredReport> saveAll(List<StoredReport> reports) {
        return reports.stream().map(this::save).toList();
    }

    private void write() {
        List<Pending> batch = new ArrayList<>();
        while (open || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) continue;
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                List<StoredReport> saved =
                        store.saveAll(batch.stream().map(Pending::report).toList());
                for (int i = 0; i < batch.size(); i++) batch.get(i).saved().complete(saved.get(i));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(batch, new IllegalStateException("the report store was closed while saving"));
                return;
            } catch (RuntimeException e) {
                fail(batch, e);
            } finally {
                batch.clear();
            }
        }
    }

    private static void fail(List<Pending> batch, RuntimeException e) {
        for (Pending p : batch) p.saved().completeExceptionally(e);
    }

    /** Commits what is waiting, then closes the store. */
    @Override
    public void close() {
        open = false;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }
}
