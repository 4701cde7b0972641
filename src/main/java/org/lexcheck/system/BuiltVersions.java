package org.lexcheck.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.lexcheck.knowledge.KnowledgeBase;
import org.lexcheck.knowledge.SourceFiles;
import org.lexcheck.rules.RuleBase;

/**
 * The knowledge bases and rule bases already built in this JVM, by the content hash of the
 * files they were built from ({@link SourceFiles#version()}): loading the same content again
 * (a command run twice in one JVM, a reload of unchanged rules with edited ontology, the test
 * suite, an embedding) reuses the built version instead of parsing, SHACL-validating and
 * compiling again. Both are immutable and shared by every check already. Only builds that
 * succeed are kept, and only the few most recently used of each kind. A version not built in this
 * JVM yet is first looked for among those precompiled into the jar or kept on disk
 * ({@link KeptVersions}).
 */
public final class BuiltVersions {
    /** Enough for a serving version, the one being reloaded and a few command-line variants. */
    static final int CAPACITY = 4;

    /** Daemon threads for the parallel half of a cold build; idle ones end after a minute. */
    private static final Executor BUILDER = new ThreadPoolExecutor(
            0,
            2,
            60,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            r -> {
                Thread t = new Thread(r, "lexcheck-knowledge-build");
                t.setDaemon(true);
                return t;
            },
            new ThreadPoolExecutor.CallerRunsPolicy());

    private static final Cache<KnowledgeBase> KNOWLEDGE = new Cache<>(KeptVersions::knowledge);
    private static final Cache<RuleBase> RULES = new Cache<>(KeptVersions::rules);

    private BuiltVersions() {}

    /** The knowledge base of these Turtle files, loaded (and validated) once per content. */
    public static KnowledgeBase knowledge(SourceFiles ontology) {
        return KNOWLEDGE.get(ontology);
    }

    /** The rule base of these DRL files, compiled once per content. */
    public static RuleBase rules(SourceFiles rules) {
        return RULES.get(rules);
    }

    /**
     * A loaded version of both; a cold build loads the ontology on a second thread while the
     * rules compile (each takes seconds, and they do not depend on each other). When both fail,
     * the ontology's error is thrown, as a sequential load would.
     */
    public static LoadedVersion version(SourceFiles ontology, SourceFiles rules) {
        CompletableFuture<KnowledgeBase> kb = CompletableFuture.supplyAsync(() -> knowledge(ontology), BUILDER);
        RuleBase rb;
        try {
            rb = rules(rules);
        } catch (RuntimeException e) {
            knowledgeOrThrow(kb);
            throw e;
        }
        return LoadedVersion.of(knowledgeOrThrow(kb), rb);
    }

    private static KnowledgeBase knowledgeOrThrow(CompletableFuture<KnowledgeBase> kb) {
        try {
            return kb.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** Forgets every built version (for tests that measure a cold build). */
    static void clear() {
        KNOWLEDGE.clear();
        RULES.clear();
    }

    /** A small least-recently-used map from content hash to what was built from it. */
    private static final class Cache<T> {
        private final Function<SourceFiles, T> builder;
        private final Map<String, T> built = new LinkedHashMap<>(8, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
                return size() > CAPACITY;
            }
        };

        Cache(Function<SourceFiles, T> builder) {
            this.builder = builder;
        }

        /** Builds under the lock: two threads asking for the same new content build it once. */
        synchronized T get(SourceFiles source) {
            String key = source.version();
            T value = built.get(key);
            if (value == null) {
                value = builder.apply(source);
                built.put(key, value);
            }
            return value;
        }

        synchronized void clear() {
            built.clear();
        }
    }
}
