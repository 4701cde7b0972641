package org.lexcheck.referencecase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lexcheck.TestSupport;

/**
 * Every reference case of test-cases/ run once per test JVM, shared by the tests that read the
 * outcomes ({@link ReferenceCasesTest} reports each case, {@link CoverageTest} what they cover),
 * so that {@code mvn verify} checks each case once. A case that cannot even be read is kept
 * as its exception and fails its own test.
 */
final class ReferenceCaseOutcomes {
    static final Path DIR = Path.of("test-cases");

    /** A case file's outcome, or why it could not be loaded. */
    record Entry(Path file, ReferenceCaseRunner.Outcome outcome, RuntimeException loadError) {}

    private static Map<Path, Entry> entries;
    private static Coverage coverage;

    private ReferenceCaseOutcomes() {}

    static synchronized Map<Path, Entry> all() {
        if (entries == null) run();
        return entries;
    }

    static synchronized Coverage coverage() {
        if (entries == null) run();
        return coverage;
    }

    private static void run() {
        var checker = TestSupport.checker();
        ReferenceCaseRunner runner = new ReferenceCaseRunner(checker);
        Coverage cover = new Coverage(checker.current().knowledge());
        Map<Path, Entry> result = new LinkedHashMap<>();
        try {
            for (Path file : ReferenceCaseLoader.files(DIR)) {
                ReferenceCase c;
                try {
                    c = ReferenceCaseLoader.load(file);
                } catch (RuntimeException e) {
                    result.put(file, new Entry(file, null, e));
                    continue;
                }
                var outcome = runner.run(c);
                cover.add(outcome);
                result.put(file, new Entry(file, outcome, null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entries = result;
        coverage = cover;
    }
}
