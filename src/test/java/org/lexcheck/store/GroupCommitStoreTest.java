package org.lexcheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Concurrent saves committed together: each acknowledged one is stored, and a failed commit fails each of its callers. */
class GroupCommitStoreTest {

    private static StoredReport report(int i) {
        return new StoredReport(
                null,
                "anna",
                null,
                Instant.parse("2026-11-30T10:00:00Z").plusSeconds(i),
                "p" + i,
                "NL",
                List.of("2026-12-01"),
                "r",
                "o",
                "e",
                "application/json",
                new byte[] {(byte) i},
                "application/json",
                new byte[] {(byte) i, 1});
    }

    /** The store, counting its commits. */
    private static class Counting extends ForwardingReportStore {
        final AtomicInteger commits = new AtomicInteger();

        Counting(ReportStore store) {
            super(store);
        }

        @Override
        public StoredReport save(StoredReport r) {
            return saveAll(List.of(r)).get(0);
        }

        @Override
        public List<StoredReport> saveAll(List<StoredReport> reports) {
            commits.incrementAndGet();
            return store.saveAll(reports);
        }
    }

    @Test
    void concurrentSavesAreCommittedTogetherAndEachIsKept(@TempDir Path data) throws Exception {
        int n = 48;
        List<String> ids = new ArrayList<>();
        Counting counting = new Counting(Tdb2ReportStore.open(data));
        try (GroupCommitStore store = new GroupCommitStore(counting)) {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<StoredReport>> saved = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                saved.add(pool.submit(() -> {
                    start.await();
                    return store.save(report(k));
                }));
            }
            start.countDown();
            for (Future<StoredReport> f : saved) ids.add(f.get().id());
            pool.shutdown();
            assertThat(new HashSet<>(ids)).hasSize(n);
            assertThat(counting.commits.get()).as("commits for %d saves", n).isLessThan(n);
        }
        try (ReportStore reopened = Tdb2ReportStore.open(data)) {
            for (int i = 0; i < n; i++) {
                StoredReport back = reopened.find(ids.get(i), "anna", Set.of()).orElseThrow();
                assertThat(back.proposalId()).isEqualTo("p" + i);
                assertThat(back.report()).containsExactly((byte) i, 1);
            }
        }
    }

    @Test
    void aCommitThatFailsFailsItsCallersAndTheNextOneWorks() {
        AtomicInteger calls = new AtomicInteger();
        ReportStore inMemory = Tdb2ReportStore.inMemory();
        Counting failingOnce = new Counting(inMemory) {
            @Override
            public List<StoredReport> saveAll(List<StoredReport> reports) {
                if (calls.getAndIncrement() == 0) throw new IllegalStateException("disk full");
                return super.saveAll(reports);
            }
        };
        try (GroupCommitStore store = new GroupCommitStore(failingOnce)) {
            assertThatThrownBy(() -> store.save(report(1))).hasMessage("disk full");
            assertThat(store.save(report(2)).id()).isNotBlank();
        }
    }
}
