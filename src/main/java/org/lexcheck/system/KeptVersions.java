package org.lexcheck.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.lexcheck.knowledge.KnowledgeBase;
import org.lexcheck.knowledge.OntologyLoader;
import org.lexcheck.knowledge.SourceFiles;
import org.lexcheck.rules.CompiledRules;
import org.lexcheck.rules.RuleBase;
import org.lexcheck.rules.RuleBaseBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Knowledge and rules built before, by content hash, so that a start does not parse, validate
 * and compile again: first the versions precompiled into the jar at build time
 * ({@link Precompile}: the packaged law, validated by the build), then those kept on disk after a
 * build of a working directory's own {@code ontology/} or {@code rules/} (the cache folder:
 * {@code lexcheck.cache}, else {@code LEXCHECK_CACHE}, else {@code $XDG_CACHE_HOME/lexcheck} or
 * {@code ~/.cache/lexcheck}; {@code off} keeps nothing). Only versions that built without error
 * are kept, so what is read back was validated; an entry that cannot be read is built again.
 * Everything is keyed by the content hash and by the {@link CodeFingerprint} of the classes.
 */
final class KeptVersions {
    private static final Logger LOG = LoggerFactory.getLogger(KeptVersions.class);
    static final String PRECOMPILED = "lexcheck/precompiled/";

    /** Only lexcheck's own types and the JDK's collections and values: a kept file cannot name any other class. */
    private static final ObjectInputFilter ONLY_KNOWLEDGE =
            ObjectInputFilter.Config.createFilter("maxdepth=100;maxrefs=10000000;maxbytes=268435456;maxarray=10000000;"
                    + "org.lexcheck.**;java.lang.*;java.util.*;java.time.*;java.math.*;!*");

    /** Entries of other versions kept per kind: enough for a few branches, not a growing pile. */
    private static final int KEEP = 6;

    private KeptVersions() {}

    static KnowledgeBase knowledge(SourceFiles source) {
        String name = "knowledge-" + source.version();
        Optional<KnowledgeBase> kept = read(name + ".bin").flatMap(KeptVersions::knowledgeOf);
        if (kept.isPresent() && kept.get().version().equals(source.version())) return kept.get();
        KnowledgeBase built = OntologyLoader.load(source);
        write(name + ".bin", serialized(built));
        return built;
    }

    static RuleBase rules(SourceFiles source) {
        String name = "rules-" + source.version();
        Optional<byte[]> kept = read(name + ".jar");
        if (kept.isPresent()) {
            try {
                return new CompiledRules(source.version(), kept.get()).load();
            } catch (RuntimeException e) {
                LOG.debug("kept rules {} unreadable, compiling again: {}", source.version(), e.toString());
            }
        }
        CompiledRules compiled = RuleBaseBuilder.compile(source);
        RuleBase rules = compiled.load();
        write(name + ".jar", compiled.jar());
        return rules;
    }

    static byte[] serialized(KnowledgeBase kb) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(kb);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise knowledge " + kb.version(), e);
        }
        return bytes.toByteArray();
    }

    private static Optional<KnowledgeBase> knowledgeOf(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(ONLY_KNOWLEDGE);
            return Optional.of((KnowledgeBase) in.readObject());
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            LOG.debug("kept knowledge unreadable, loading again: {}", e.toString());
            return Optional.empty();
        }
    }

    /** The precompiled entry in the jar, else the one on disk; only for the classes that made it. */
    private static Optional<byte[]> read(String file) {
        String code = CodeFingerprint.current();
        if (code == null) return Optional.empty();
        if (code.equals(resource(CodeFingerprint.RESOURCE)
                .map(String::new)
                .map(String::strip)
                .orElse(null))) {
            Optional<byte[]> precompiled = resource(PRECOMPILED + file);
            if (precompiled.isPresent()) return precompiled;
        }
        Path folder = folder();
        if (folder == null) return Optional.empty();
        Path kept = folder.resolve(code + "-" + file);
        try {
            return Files.isRegularFile(kept) ? Optional.of(Files.readAllBytes(kept)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> resource(String name) {
        try (InputStream in = KeptVersions.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Keeps an entry on disk (atomically: a reader sees all of it or none); a failure only costs the next start. */
    private static void write(String file, byte[] content) {
        String code = CodeFingerprint.current();
        Path folder = folder();
        if (code == null || folder == null) return;
        try {
            Files.createDirectories(folder);
            AtomicFiles.write(folder.resolve(code + "-" + file), content);
            prune(folder, file.substring(0, file.indexOf('-')));
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot keep {} in {}: {}", file, folder, e.toString());
        }
    }

    /** Deletes all but the {@value #KEEP} most recent entries of one kind. */
    private static void prune(Path folder, String kind) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> entries = files.filter(p -> p.getFileName().toString().contains("-" + kind + "-"))
                    .sorted(Comparator.comparing(KeptVersions::modified).reversed())
                    .toList();
            for (Path old : entries.subList(Math.min(KEEP, entries.size()), entries.size())) Files.deleteIfExists(old);
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The cache folder, or null when keeping is off. */
    static Path folder() {
        String configured = System.getProperty("lexcheck.cache", System.getenv("LEXCHECK_CACHE"));
        if (configured != null && !configured.isBlank())
            return configured.strip().equals("off") ? null : Path.of(configured.strip());
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "lexcheck");
        String home = System.getProperty("user.home");
        return home == null ? null : Path.of(home, ".cache", "lexcheck");
    }
}
