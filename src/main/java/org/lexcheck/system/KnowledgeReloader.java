package org.lexcheck.system;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.lexcheck.knowledge.KnowledgeException;
import org.lexcheck.knowledge.SourceFiles;
import org.lexcheck.rules.RuleBuildException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hot reload of the knowledge and the rules from their folders on disk: builds the new version
 * aside and swaps it in atomically; a version that does not build leaves the old one serving
 * and keeps the errors (FILE:LINE where known). Optionally watches the folders for edits.
 */
public final class KnowledgeReloader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeReloader.class);
    /** Edits usually come in bursts (an editor saves several files): wait this long for quiet. */
    private static final long QUIET_MILLIS = 400;

    private final Checker checker;
    private final Path ontologyDir;
    private final Path rulesDir;
    private final KnowledgePoller poller;
    private volatile Result last;
    private WatchService watcher;
    private final List<java.util.function.Consumer<Result>> listeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The outcome of the last reload attempt. */
    public record Result(Status status, String rulesVersion, String ontologyVersion, List<String> errors, Instant at) {
        public enum Status {
            RELOADED,
            UNCHANGED,
            FAILED
        }
    }

    public KnowledgeReloader(Checker checker, Path ontologyDir, Path rulesDir) {
        this(checker, ontologyDir, rulesDir, null);
    }

    private KnowledgeReloader(Checker checker, Path ontologyDir, Path rulesDir, KnowledgePoller poller) {
        this.checker = checker;
        this.ontologyDir = ontologyDir;
        this.rulesDir = rulesDir;
        this.poller = poller;
        LoadedVersion v = checker.current();
        this.last = new Result(
                Result.Status.UNCHANGED, v.rules().version(), v.knowledge().version(), List.of(), Instant.now());
    }

    /**
     * A reloader for knowledge that comes from a SPARQL server: a reload reads which version is
     * published now and swaps it in ({@link KnowledgePoller#poll()}), without waiting for the next poll.
     */
    public static KnowledgeReloader following(Checker checker, KnowledgePoller poller) {
        return new KnowledgeReloader(checker, null, null, poller);
    }

    public Result last() {
        return poller != null ? poller.last() : last;
    }

    /**
     * Told the outcome of every reload attempt, asked for ({@link #reload()}) or after an edit the
     * watch saw (the service counts them for its metrics).
     */
    public void onResult(java.util.function.Consumer<Result> listener) {
        listeners.add(listener);
    }

    /** Rebuilds from disk; swaps only when the content changed and everything builds. */
    public synchronized Result reload() {
        if (poller != null) return poller.poll();
        LoadedVersion current = checker.current();
        if (ontologyDir == null || rulesDir == null) {
            return record(
                    Result.Status.FAILED,
                    current,
                    List.of("no ontology/ and rules/ folders on disk: the packed copies cannot be reloaded"));
        }
        try {
            SourceFiles ontology = SourceFiles.fromDirectory(ontologyDir, ".ttl");
            SourceFiles rules = SourceFiles.fromDirectory(rulesDir, ".drl");
            if (ontology.version().equals(current.knowledge().version())
                    && rules.version().equals(current.rules().version())) {
                return record(Result.Status.UNCHANGED, current, List.of());
            }
            List<String> errors = new ArrayList<>();
            var kb = build(() -> BuiltVersions.knowledge(ontology), errors);
            var rb = build(() -> BuiltVersions.rules(rules), errors);
            if (!errors.isEmpty()) return record(Result.Status.FAILED, current, errors);
            LoadedVersion next = LoadedVersion.of(kb, rb);
            checker.swap(next);
            LOG.info("reloaded: rules {}, ontology {}", rb.version(), kb.version());
            return record(Result.Status.RELOADED, next, List.of());
        } catch (RuntimeException e) {
            return record(Result.Status.FAILED, current, List.of(String.valueOf(e.getMessage())));
        }
    }

    private static <T> T build(java.util.function.Supplier<T> builder, List<String> errors) {
        try {
            return builder.get();
        } catch (KnowledgeException e) {
            errors.addAll(e.problems());
        } catch (RuleBuildException e) {
            errors.addAll(e.errors());
        }
        return null;
    }

    private Result record(Result.Status status, LoadedVersion v, List<String> errors) {
        last = new Result(status, v.rules().version(), v.knowledge().version(), List.copyOf(errors), Instant.now());
        if (status == Result.Status.FAILED)
            LOG.warn("reload failed, the previous version keeps serving:\n  {}", String.join("\n  ", errors));
        for (var listener : listeners) listener.accept(last);
        return last;
    }

    /** Watches both folders (and their subfolders) and reloads after each burst of edits. */
    public void watch() throws IOException {
        watcher = FileSystems.getDefault().newWatchService();
        for (Path root : List.of(ontologyDir, rulesDir)) {
            try (Stream<Path> dirs = Files.walk(root)) {
                for (Path d : dirs.filter(Files::isDirectory).toList()) {
                    d.register(
                            watcher,
                            StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
        }
        Thread t = new Thread(this::loop, "lexcheck-knowledge-watch");
        t.setDaemon(true);
        t.start();
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                key.pollEvents();
                key.reset();
                WatchKey more;
                while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    more.pollEvents();
                    more.reset();
                }
                reload();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) watcher.close();
    }
}
