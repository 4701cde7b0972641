package org.lexcheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Set;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal whose last entry a crash cut off (what {@code KillDuringWritesTest} met: "Failed to
 * read the journal entry data: wanted 24 bytes, got -1", and TDB2 would not open the store): the
 * partial entry is dropped, the committed reports are there, and a whole journal is not touched.
 */
class TornJournalTest {

    private static Path storage(Path folder) {
        return folder.resolve("Data-0001");
    }

    /** Saves one report and ends as a process would: Jena keeps a closed database open in its JVM otherwise. */
    private static StoredReport saveOne(Path folder) {
        StoredReport saved;
        try (Tdb2ReportStore store = Tdb2ReportStore.open(folder)) {
            saved = store.save(ReportStoreBehaviour.report("anna", null, "p1", Instant.now(), new byte[] {1, 2, 3}));
        }
        endOfProcess(folder);
        return saved;
    }

    private static void endOfProcess(Path folder) {
        TDBInternal.expel(TDB2Factory.connectDataset(folder.toString()).asDatasetGraph(), true);
    }

    /** A journal entry's header announcing {@code length} bytes of data, as TDB2 writes it before the data. */
    private static byte[] header(int length) {
        ByteBuffer b = ByteBuffer.allocate(TornJournal.HEADER);
        b.putInt(length).putInt(0x1234).putInt(1).put(new byte[16]);
        return b.array();
    }

    @Test
    void anEntryCutOffAfterItsHeaderIsDroppedAndTheCommittedReportsAreRead(@TempDir Path folder) throws Exception {
        StoredReport saved = saveOne(folder);
        Path journal = storage(folder).resolve("journal.jrnl");
        long whole = Files.size(journal);
        Files.write(journal, header(24), StandardOpenOption.APPEND);

        try (Tdb2ReportStore store = Tdb2ReportStore.open(folder)) {
            assertThat(store.find(saved.id(), "anna", Set.of())).contains(saved);
            assertThat(store.save(ReportStoreBehaviour.report("anna", null, "p2", Instant.now(), new byte[] {4})))
                    .isNotNull();
        }
        endOfProcess(folder);
        assertThat(Files.size(journal)).isLessThanOrEqualTo(whole);
        assertThat(storage(folder).resolve("journal.jrnl.torn")).doesNotExist();
    }

    @Test
    void aHeaderCutOffAndAChecksumThatDoesNotMatchAreDroppedToo(@TempDir Path folder) throws Exception {
        saveOne(folder);
        Path journal = storage(folder).resolve("journal.jrnl");
        long whole = Files.size(journal);

        Files.write(journal, new byte[] {0, 0, 0, 9, 1}, StandardOpenOption.APPEND);
        assertThat(TornJournal.mendJournal(storage(folder))).isEqualTo(5);
        assertThat(Files.size(journal)).isEqualTo(whole);

        byte[] entry = ByteBuffer.allocate(TornJournal.HEADER + 4)
                .put(header(4))
                .putInt(42)
                .array();
        Files.write(journal, entry, StandardOpenOption.APPEND);
        assertThat(TornJournal.mendJournal(storage(folder))).isEqualTo(entry.length);
        assertThat(Files.size(journal)).isEqualTo(whole);
    }

    @Test
    void aWholeJournalIsNotTouched(@TempDir Path folder) throws Exception {
        saveOne(folder);
        Path journal = storage(folder).resolve("journal.jrnl");
        byte[] before = Files.readAllBytes(journal);
        assertThat(TornJournal.mendJournal(storage(folder))).isZero();
        assertThat(Files.readAllBytes(journal)).isEqualTo(before);
    }

    @Test
    void aStoreOpenInThisProcessIsLeftAlone(@TempDir Path folder) throws Exception {
        try (Tdb2ReportStore store = Tdb2ReportStore.open(folder)) {
            store.save(ReportStoreBehaviour.report("anna", null, "p1", Instant.now(), new byte[] {1}));
            Path journal = storage(folder).resolve("journal.jrnl");
            long size = Files.size(journal);
            TornJournal.mend(folder);
            assertThat(Files.size(journal)).isEqualTo(size);
        }
        endOfProcess(folder);
    }
}
