package org.lexcheck.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which build of lexcheck's own classes is running: a hash of every class file under
 * {@code org/lexcheck}. A knowledge base or rule base kept from another build may not fit these
 * classes (a field added to a record would be read back as null), so whatever is kept is keyed by
 * it. {@link Precompile} writes it next to the precompiled law; in a jar it is read from there, in
 * a folder of classes (a developer's build) it is computed, so that a recompiled class is never
 * paired with law precompiled before it.
 */
final class CodeFingerprint {
    static final String RESOURCE = "lexcheck/precompiled/code-fingerprint";

    private CodeFingerprint() {}

    private static volatile String current;

    /** The fingerprint of the running classes, or null when it cannot be known (nothing is then kept). */
    static String current() {
        String f = current;
        if (f == null) {
            f = compute();
            current = f;
        }
        return f.isEmpty() ? null : f;
    }

    private static String compute() {
        Path classes = classFolder();
        if (classes != null) return of(classes);
        try (InputStream in = CodeFingerprint.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** The folder the classes are loaded from, or null inside a jar. */
    private static Path classFolder() {
        try {
            var source = CodeFingerprint.class.getProtectionDomain().getCodeSource();
            if (source == null || !"file".equals(source.getLocation().getProtocol())) return null;
            Path p = Path.of(source.getLocation().toURI());
            return Files.isDirectory(p) ? p : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The hash of the class files under {@code classes/org/lexcheck}, in path order: 12 hex digits. */
    static String of(Path classes) {
        Path root = classes.resolve("org/lexcheck");
        try (Stream<Path> walk = Files.walk(root)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<Path> files =
                    walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
            for (Path file : files) {
                sha.update(root.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
