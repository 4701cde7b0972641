package org.lexcheck.referencecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lexcheck.TestSupport;

/** Runs every file of test-cases/ as its own test; a failure lists each departure from the expectation. */
class ReferenceCasesTest {

    @TestFactory
    Stream<DynamicTest> referenceCases() throws IOException {
        ReferenceCaseRunner runner = new ReferenceCaseRunner(TestSupport.checker());
        var files = ReferenceCaseLoader.files(Path.of("test-cases"));
        assertThat(files).as("reference cases in test-cases/").isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(Path.of("test-cases").relativize(file).toString(), file.toUri(), () -> {
            ReferenceCase c = ReferenceCaseLoader.load(file);
            var outcome = runner.run(c);
            if (!outcome.passed()) {
                fail(c.name() + "\n  " + String.join("\n  ", outcome.mismatches()));
            }
        }));
    }
}
