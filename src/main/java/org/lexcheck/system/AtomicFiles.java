package org.lexcheck.system;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writing a file so that a reader, or a process killed meanwhile, sees all of it or the old one. */
public final class AtomicFiles {
    private AtomicFiles() {}

    /**
     * Writes {@code content} to a temporary file beside {@code target} (readable by its owner only,
     * as {@link Files#createTempFile} makes it) and moves it into place, atomically where the file
     * system can.
     */
    public static void write(Path target, byte[] content) throws IOException {
        Path tmp = Files.createTempFile(
                target.toAbsolutePath().getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.write(tmp, content);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
