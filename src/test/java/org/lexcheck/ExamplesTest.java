package org.lexcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lexcheck.knowledge.Language;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.report.ReportFormat;
import org.lexcheck.report.ReportWriter;

/**
 * Every proposal in examples/ is valid, has a source note ({@code <name>.md}: the bill or
 * decree it models, or that it is hypothetical), and its committed rendered report
 * ({@code <name>.report.txt}) is what the engine says today, provenance aside. After a change
 * of law, regenerate with {@code examples/render.sh} and read the diff.
 */
class ExamplesTest {

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                        var report = TestSupport.checker()
                                .check(Files.readAllBytes(p), ProposalFormat.JSON, null, Language.EN);
                        Path note = Path.of(p.toString().replace(".json", ".md"));
                        assertThat(note)
                                .as("source note of " + p + ": what it is, its legal status, what was modelled")
                                .exists();
                        Path rendered = Path.of(p.toString().replace(".json", ".report.txt"));
                        assertThat(rendered)
                                .as("rendered report of " + p + " (run examples/render.sh)")
                                .exists();
                        assertThat(withoutProvenance(ReportWriter.write(report, ReportFormat.TEXT)))
                                .as(rendered + " is stale: run examples/render.sh and review the diff")
                                .isEqualTo(withoutProvenance(Files.readString(rendered)));
                    }));
        }
    }

    /**
     * The Dutch examples side by side for the Netherlands, Denmark, Ireland and Belgium on 1 December
     * 2026 ({@code examples/side-by-side/}, rendered by {@code examples/render.sh}) are what the
     * engine says today.
     */
    @org.junit.jupiter.api.Test
    void theDutchExamplesSideBySideAreCurrent() throws IOException {
        java.util.List<Path> dutch;
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            dutch = files.filter(p -> p.getFileName().toString().matches("nl-.*\\.json"))
                    .sorted()
                    .toList();
        }
        var checker = TestSupport.checker().pin();
        var messages = new org.lexcheck.report.Messages(Language.EN);
        java.util.List<org.lexcheck.report.StateComparison> comparisons = new java.util.ArrayList<>();
        for (Path p : dutch) {
            comparisons.add(checker.compare(
                    checker.parse(Files.readAllBytes(p), ProposalFormat.JSON),
                    "jurisdictions",
                    "NL,DK,IE,BE",
                    java.time.LocalDate.of(2026, 12, 1),
                    Language.EN));
        }
        Path rendered = Path.of(SIDE_BY_SIDE);
        assertThat(withoutProvenance(ReportWriter.writeComparisons(comparisons, ReportFormat.TEXT, messages)))
                .as(rendered + " is stale: run examples/render.sh and review the diff")
                .isEqualTo(withoutProvenance(Files.readString(rendered)));
    }

    static final String SIDE_BY_SIDE = "examples/side-by-side/nl-examples-nl-dk-ie-be-2026-12-01.txt";

    private static String withoutProvenance(String text) {
        return text.lines().filter(l -> !l.startsWith("Rules ")).reduce("", (a, b) -> a + b + "\n");
    }
}
