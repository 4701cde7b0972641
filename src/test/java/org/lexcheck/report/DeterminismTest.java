package org.lexcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexcheck.proposal.Measure;

/** Reports are byte-identical from one JVM to the next: nothing in them depends on hash seeds. */
class DeterminismTest {

    @Test
    void aMeasureKeepsItsParametersInInputOrder() {
        Map<String, Object> params = new LinkedHashMap<>();
        for (String name : List.of(
                "weeks", "months", "days", "eur", "years", "detention", "ground", "imprisonment", "workingDays")) {
            params.put(name, BigDecimal.ONE);
        }
        Measure m = new Measure("m1", "T", List.of("REFUGEE"), params, List.of(), List.of(), null);
        assertThat(m.parameters().keySet()).containsExactlyElementsOf(params.keySet());
        assertThat(m.parameters().toString()).isEqualTo(params.toString());
    }

    @Test
    void everyExampleRendersToTheSameBytesInTwoJvms(@TempDir Path dir) throws Exception {
        List<String> examples;
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            examples = files.map(Path::toString)
                    .filter(f -> f.endsWith(".json"))
                    .sorted()
                    .toList();
        }
        assertThat(examples).hasSizeGreaterThan(5);
        // Both JVMs at once: each builds its own knowledge base, and each gets its own hash seed.
        Process first = start(examples, dir.resolve("first.json"));
        Process second = start(examples, dir.resolve("second.json"));
        assertThat(first.waitFor(5, TimeUnit.MINUTES) && second.waitFor(5, TimeUnit.MINUTES))
                .isTrue();
        assertThat(first.exitValue())
                .as(Files.readString(dir.resolve("first.json.err")))
                .isIn(0, 1);
        assertThat(second.exitValue()).isEqualTo(first.exitValue());
        byte[] one = Files.readAllBytes(dir.resolve("first.json"));
        assertThat(one.length).isGreaterThan(10_000);
        assertThat(Files.readAllBytes(dir.resolve("second.json"))).isEqualTo(one);
    }

    /** The command line in a new JVM on this test's class path: every example, explained (derivations and remedies). */
    private static Process start(List<String> examples, Path output) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "org.lexcheck.LexcheckApplication",
                "check",
                "--explain"));
        command.addAll(examples);
        return new ProcessBuilder(command)
                .redirectOutput(output.toFile())
                .redirectError(new File(output + ".err"))
                .start();
    }
}
