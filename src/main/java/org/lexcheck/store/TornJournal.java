package org.lexcheck.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mends a TDB2 journal whose last entry a crash cut off, before the store opens. TDB2 appends a
 * transaction's entries to its journal and forces the journal to disk after the commit entry; a
 * process killed while it appends the entries of a transaction not yet committed leaves a partial
 * entry at the end, and Jena 5.6's recovery then refuses to open the store at all ("Failed to read
 * the journal entry data", "Partial read of journal file", "Checksum error reading from the
 * Journal"), though every committed transaction lies before that entry and the partial one was
 * never committed nor acknowledged. This drops that tail, as recovery would have ignored it, and
 * nothing else: the journal is read with Jena's own reader; the cut is checked by reading the
 * shortened journal again (the same entries, no error), else the journal is put back as it was and
 * the store fails to open as before. A folder locked by a running process is left alone.
 */
final class TornJournal {
    private static final Logger LOG = LoggerFactory.getLogger(TornJournal.class);

    /** Length of an entry's header in the journal: length, checksum, type (4 bytes each), component (16). */
    static final int HEADER = 4 + 4 + 4 + 16;

    private TornJournal() {}

    /** Mends the journal of each storage folder ({@code Data-NNNN}) of the TDB2 database in {@code folder}. */
    static void mend(Path folder) {
        if (!Files.isDirectory(folder)) return;
        try (Stream<Path> children = Files.list(folder)) {
            for (Path dir : children.filter(Files::isDirectory).sorted().toList()) {
                Path journal = dir.resolve(Names.journalFile);
                if (Files.isRegularFile(journal) && Files.size(journal) > 0) mendUnlocked(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void mendUnlocked(Path dir) throws IOException {
        ProcessFileLock lock =
                ProcessFileLock.create(dir.resolve(Names.TDB_LOCK_FILE).toString());
        if (lock.isLockedHere()) return; // open in this process: its journal is live
        if (!lock.tryLock()) return; // another process has it: TDB2 will say so
        try {
            mendJournal(dir);
        } finally {
            ProcessFileLock.release(lock);
        }
    }

    /** The number of bytes dropped from the journal in {@code dir} (0 when it was whole). */
    static long mendJournal(Path dir) throws IOException {
        Path file = dir.resolve(Names.journalFile);
        long size = Files.size(file);
        Read read = read(dir);
        if (read.unexpected() != null) {
            // Jena read it but not as this class reads the format: better not to touch it.
            LOG.warn("the report store's journal {} is not as expected ({}); left as it is", file, read.unexpected());
            return 0;
        }
        if (read.torn() == null) return 0;
        Path copy = dir.resolve(Names.journalFile + ".torn");
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        Journal journal = Journal.create(Location.create(dir));
        try {
            journal.truncate(read.end());
            journal.sync();
        } finally {
            journal.close();
        }
        Read again = read(dir);
        if (again.torn() != null
                || again.unexpected() != null
                || again.entries() != read.entries()
                || again.end() != read.end()) {
            Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING);
            LOG.error(
                    "the report store's journal {} is damaged ({}) and could not be mended; it is left as it was",
                    file,
                    read.torn());
            return 0;
        }
        Files.delete(copy);
        LOG.warn(
                "the report store's journal ended in an entry cut off by a crash ({}): its last {} bytes, of a"
                        + " transaction never committed, were dropped; {} whole entries kept",
                read.torn(),
                size - read.end(),
                read.entries());
        return size - read.end();
    }

    /**
     * Whole entries read and where the last whole one ends; {@code torn}: why Jena's reader stopped
     * before the end (null: it did not); {@code unexpected}: where Jena's reader and this class
     * disagree on the format (null: nowhere).
     */
    private record Read(int entries, long end, String torn, String unexpected) {}

    private static Read read(Path dir) {
        Journal journal = Journal.create(Location.create(dir));
        int entries = 0;
        long end = 0;
        try {
            Iterator<JournalEntry> it = journal.entries();
            while (it.hasNext()) {
                JournalEntry e = it.next();
                if (e.getPosition() != end)
                    return new Read(entries, end, null, "entry at " + e.getPosition() + ", expected at " + end);
                ByteBuffer data = e.getByteBuffer();
                end = e.getPosition() + HEADER + (data == null ? 0 : data.capacity());
                entries++;
            }
            return new Read(
                    entries, end, null, end == journal.size() ? null : "ends at " + end + " of " + journal.size());
        } catch (TransactionException e) {
            return new Read(entries, end, String.valueOf(e.getMessage()), null);
        } finally {
            journal.close();
        }
    }
}
