package org.lexcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.lexcheck.proposal.InvalidProposalException;
import org.lexcheck.report.Report;
import org.lexcheck.report.ReportWriter;
import org.lexcheck.report.Verdict;
import org.lexcheck.system.Checker;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/**
 * {@code check --batch FILE|DIR...}: every proposal file (a directory: every {@code .json},
 * {@code .yaml}, {@code .yml} and {@code .xml} under it, in path order) checked on one pinned
 * version by {@code --threads} workers (default: every core), streamed as JSON Lines in input
 * order: {@code {"file": NAME, "report": REPORT}} or, for a file that does not read or validate,
 * {@code {"file": NAME, "invalid": {"field", "message", "allowed"}}}. Memory stays bounded by a
 * window of files in flight, whatever the number of files. The throughput is written to standard
 * error at the end. Exit 2 when a file was invalid, else 1 when a measure conflicts, else 0.
 */
final class BatchCheck {
    private static final List<String> EXTENSIONS = List.of(".json", ".yaml", ".yml", ".xml");
    private static final ObjectWriter LINE = ReportWriter.json().writer().without(SerializationFeature.INDENT_OUTPUT);

    private BatchCheck() {}

    static int run(Options options, PrintStream out, PrintStream err) {
        if (options.dates().size() > 1 || options.jurisdictions() != null)
            throw new UsageException("--batch: one report per file; not with several --date or --jurisdictions");
        if (options.format() != org.lexcheck.report.ReportFormat.JSON)
            throw new UsageException("--batch: reports are JSON Lines; --format cannot be "
                    + options.format().name().toLowerCase(Locale.ROOT));
        int threads =
                options.threads() > 0 ? options.threads() : Runtime.getRuntime().availableProcessors();
        var loading = Checker.loadInBackground(options.ontology(), options.rules());
        List<Path> files = files(options.arguments());
        Checker.Pinned loaded = Checker.await(loading).pin();
        Checker.Pinned checker = options.withPending() ? loaded.withPending() : loaded;
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger invalid = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "lexcheck-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<String>> window = new ArrayDeque<>();
            for (Path file : files) {
                window.add(pool.submit(() -> line(file, checker, options, conflicts, invalid)));
                if (window.size() >= threads * 8) out.println(next(window));
            }
            while (!window.isEmpty()) out.println(next(window));
            out.flush();
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        err.printf(
                Locale.ROOT,
                "lexcheck: %d proposals in %.1f s, %.0f a second on %d thread%s (rules %s, ontology %s): %d with a conflict, %d invalid%n",
                files.size(),
                seconds,
                files.size() / Math.max(seconds, 1e-9),
                threads,
                threads == 1 ? "" : "s",
                checker.version().rules().version(),
                checker.version().knowledge().version(),
                conflicts.get(),
                invalid.get());
        if (invalid.get() > 0) return 2;
        return conflicts.get() > 0 ? 1 : 0;
    }

    private static String next(Deque<Future<String>> window) {
        try {
            return window.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** One file's line: its report, or why it was refused. */
    private static String line(
            Path file, Checker.Pinned checker, Options options, AtomicInteger conflicts, AtomicInteger invalid) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("file", file.toString());
        try {
            InputFile input = InputFile.read(file.toString(), null);
            Report report =
                    checker.check(input.validate(checker), options.date(), options.language(), options.explain());
            if (report.summary().verdict() == Verdict.CONFLICT) conflicts.incrementAndGet();
            line.put("report", report);
        } catch (InvalidProposalException e) {
            invalid.incrementAndGet();
            Map<String, Object> why = new LinkedHashMap<>();
            why.put("field", e.field());
            why.put("message", e.getMessage());
            if (!e.allowed().isEmpty()) why.put("allowed", e.allowed());
            line.put("invalid", why);
        }
        return LINE.writeValueAsString(line);
    }

    /** The files named, directories walked for proposal files in path order; a missing one is bad usage. */
    static List<Path> files(List<String> arguments) {
        List<Path> files = new ArrayList<>();
        for (String name : arguments) {
            Path p = Path.of(name);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> EXTENSIONS.stream()
                                    .anyMatch(e -> f.getFileName()
                                            .toString()
                                            .toLowerCase(Locale.ROOT)
                                            .endsWith(e)))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(p)) files.add(p);
            else throw new UsageException("--batch: no such file or directory " + name);
        }
        return files;
    }
}
