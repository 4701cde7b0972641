package org.lexcheck.referencecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file of test-cases/ as its own test; a failure lists each departure from the
 * expectation. The cases run once per JVM ({@link ReferenceCaseOutcomes}); this reports them.
 */
class ReferenceCasesTest {

    @TestFactory
    Stream<DynamicTest> referenceCases() {
        var entries = ReferenceCaseOutcomes.all();
        assertThat(entries).as("reference cases in test-cases/").isNotEmpty();
        return entries.values().stream()
                .map(e -> DynamicTest.dynamicTest(
                        ReferenceCaseOutcomes.DIR.relativize(e.file()).toString(),
                        e.file().toUri(),
                        () -> {
                            if (e.loadError() != null) throw e.loadError();
                            if (!e.outcome().passed()) {
                                fail(e.outcome().referenceCase().name() + "\n  "
                                        + String.join("\n  ", e.outcome().mismatches()));
                            }
                        }));
    }
}
