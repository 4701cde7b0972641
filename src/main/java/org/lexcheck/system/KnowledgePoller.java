package org.lexcheck.system;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.lexcheck.knowledge.KnowledgeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the knowledge published on a SPARQL server ({@link SparqlKnowledge}): reads the pointer
 * every period and, when it names another version than the one serving, loads that version aside
 * and swaps it in ({@link Checker#swap}) with the rules already serving. Requests pin one version
 * ({@link Checker#pin()}), so none mixes the old and the new. A version that cannot be loaded, or
 * a server that does not answer, leaves the serving version in place and is tried again at the
 * next poll.
 */
public final class KnowledgePoller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgePoller.class);

    private final Checker checker;
    private final SparqlKnowledge knowledge;
    private volatile KnowledgeReloader.Result last;
    private ScheduledExecutorService timer;

    public KnowledgePoller(Checker checker, SparqlKnowledge knowledge) {
        this.checker = checker;
        this.knowledge = knowledge;
        LoadedVersion v = checker.current();
        this.last = new KnowledgeReloader.Result(
                KnowledgeReloader.Result.Status.UNCHANGED,
                v.rules().version(),
                v.knowledge().version(),
                List.of(),
                Instant.now());
    }

    /** The outcome of the last poll. */
    public KnowledgeReloader.Result last() {
        return last;
    }

    /** Reads the pointer once; swaps in the version it names when that is new and loads. */
    public synchronized KnowledgeReloader.Result poll() {
        LoadedVersion serving = checker.current();
        try {
            var published = knowledge.current();
            if (published.isEmpty()
                    || published.get().equals(serving.knowledge().version()))
                return record(KnowledgeReloader.Result.Status.UNCHANGED, serving, List.of());
            LoadedVersion next = LoadedVersion.of(knowledge.load(published.get()), serving.rules());
            checker.swap(next);
            LOG.info(
                    "knowledge {} from {} now serving (was {})",
                    published.get(),
                    knowledge.endpoint(),
                    serving.knowledge().version());
            return record(KnowledgeReloader.Result.Status.RELOADED, next, List.of());
        } catch (KnowledgeException e) {
            return record(KnowledgeReloader.Result.Status.FAILED, serving, e.problems());
        } catch (RuntimeException e) {
            return record(KnowledgeReloader.Result.Status.FAILED, serving, List.of(String.valueOf(e.getMessage())));
        }
    }

    private KnowledgeReloader.Result record(
            KnowledgeReloader.Result.Status status, LoadedVersion v, List<String> errors) {
        last = new KnowledgeReloader.Result(
                status, v.rules().version(), v.knowledge().version(), List.copyOf(errors), Instant.now());
        if (status == KnowledgeReloader.Result.Status.FAILED)
            LOG.warn(
                    "knowledge poll failed, version {} keeps serving: {}",
                    v.knowledge().version(),
                    errors);
        return last;
    }

    /** Polls every {@code period} on a daemon thread, the first time one period from now. */
    public KnowledgePoller every(Duration period) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lexcheck-knowledge-poll");
            t.setDaemon(true);
            return t;
        });
        long millis = Math.max(1, period.toMillis());
        timer.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
        return this;
    }

    @Override
    public void close() {
        if (timer != null) timer.shutdownNow();
    }
}
