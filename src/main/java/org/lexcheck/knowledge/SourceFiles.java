package org.lexcheck.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The files of one knowledge or rule source: a folder on disk when it exists, else the copies
 * packed in the jar under {@code lexcheck/<kind>/}. Its {@link #version()} hashes their content.
 */
public record SourceFiles(String origin, List<SourceFile> files) implements java.io.Serializable {

    /** One file: a name relative to the source root (for messages) and its content. */
    public record SourceFile(String name, byte[] content) implements java.io.Serializable {}

    /** Reads {@code dir} if given, else {@code ./<kind>} if it exists, else the packed copies. */
    public static SourceFiles locate(Path dir, String kind, String extension) {
        if (dir != null) {
            if (!Files.isDirectory(dir)) throw new KnowledgeException(List.of(dir + ": no such directory"));
            return fromDirectory(dir, extension);
        }
        Path local = Path.of(kind);
        if (Files.isDirectory(local)) return fromDirectory(local, extension);
        // Something by that name that is not a folder: not silently the packed law in its place.
        if (Files.exists(local, java.nio.file.LinkOption.NOFOLLOW_LINKS))
            throw new KnowledgeException(List.of(kind + ": not a folder (the " + kind
                    + " of the working directory is a folder; without one the copy in the jar is used)"));
        return fromClasspath("lexcheck/" + kind, extension);
    }

    /**
     * Every file under {@code dir} whose name ends with {@code extension}. One that cannot be read
     * (a link to nothing, no permission, a special file) is a problem naming it, never skipped: a
     * version built without it would be a part of the law passed off as the whole.
     */
    public static SourceFiles fromDirectory(Path dir, String extension) {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.filter(p -> p.toString().endsWith(extension))
                    .filter(p -> !Files.isDirectory(p))
                    // an editor's lock (Emacs: .#name, a link to nothing by design), not a file of the law
                    .filter(p -> !(p.getFileName().toString().startsWith(".#") && !Files.exists(p)))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new KnowledgeException(List.of(dir + ": cannot be read (" + reason(e) + ")"));
        }
        List<SourceFile> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path p : paths) {
            String name = dir.relativize(p).toString().replace('\\', '/');
            if (!Files.isRegularFile(p)) {
                problems.add(dir.resolve(name) + ": cannot be read (a link to nothing or not a regular file)");
                continue;
            }
            try {
                files.add(new SourceFile(name, Files.readAllBytes(p)));
            } catch (IOException e) {
                problems.add(dir.resolve(name) + ": cannot be read (" + reason(e) + ")");
            }
        }
        if (!problems.isEmpty()) throw new KnowledgeException(problems);
        return new SourceFiles(dir.toString(), files);
    }

    private static String reason(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    static SourceFiles fromClasspath(String root, String extension) {
        try {
            Resource[] resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:" + root + "/**/*" + extension);
            List<SourceFile> files = new ArrayList<>();
            for (Resource r : resources) {
                String url = r.getURL().toString();
                String name = url.substring(url.lastIndexOf(root + "/") + root.length() + 1);
                try (InputStream in = r.getInputStream()) {
                    files.add(new SourceFile(name, in.readAllBytes()));
                }
            }
            files.sort((a, b) -> a.name().compareTo(b.name()));
            return new SourceFiles("classpath:" + root, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** First 12 hex digits of the SHA-256 over all names and contents, in name order. */
    public String version() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (SourceFile f : files) {
                sha.update(f.name().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(f.content());
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
