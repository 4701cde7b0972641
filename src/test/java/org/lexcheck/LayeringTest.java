package org.lexcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way: proposal → country facts → knowledge → rules → engine → assessment → manoeuvre → report →
 * api/cli/web. A package imports only from the stages before it; in particular the report knows the
 * engine only through the assessment types.
 */
class LayeringTest {
    private static final Path SOURCES = Path.of("src/main/java/org/lexcheck");

    /** What a package beside the flow (data it reads or keeps, not a stage of the check) must not import. */
    private static final List<String> BESIDE_THE_FLOW =
            List.of("knowledge", "rules", "engine", "assessment", "manoeuvre", "report", "api", "cli", "web", "system");

    private static final List<String> BESIDE_THE_FLOW_AND_PROPOSAL = java.util.stream.Stream.concat(
                    BESIDE_THE_FLOW.stream(), java.util.stream.Stream.of("proposal"))
            .toList();

    /** For each package, the packages it must not import. */
    private static final Map<String, List<String>> FORBIDDEN = Map.ofEntries(
            Map.entry(
                    "knowledge", List.of("engine", "assessment", "manoeuvre", "report", "api", "cli", "web", "system")),
            Map.entry("assessment", List.of("engine", "manoeuvre", "report", "api", "cli", "web", "system")),
            Map.entry("engine", List.of("manoeuvre", "report", "api", "cli", "web", "system")),
            Map.entry("manoeuvre", List.of("report", "api", "cli", "web", "system")),
            Map.entry("report", List.of("engine", "api", "cli", "web", "system")),
            Map.entry(
                    "proposal",
                    List.of("engine", "assessment", "manoeuvre", "report", "api", "cli", "web", "system", "country")),
            Map.entry("obligation", List.of("manoeuvre", "report", "api", "cli", "web", "system")),
            // Stored reports are bytes with provenance: the store knows nothing of how they were made.
            Map.entry("store", BESIDE_THE_FLOW_AND_PROPOSAL),
            Map.entry("execution", BESIDE_THE_FLOW),
            Map.entry("country", BESIDE_THE_FLOW),
            // Stored checks serve the interfaces; they never call them.
            Map.entry("archive", List.of("api", "cli", "web")));

    @Test
    void noPackageImportsFromALaterStage() throws IOException {
        List<String> violations = new ArrayList<>();
        for (var entry : FORBIDDEN.entrySet()) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(entry.getKey()))) {
                for (Path file :
                        files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(file)) {
                        for (String later : entry.getValue()) {
                            if (line.startsWith("import org.lexcheck." + later + "."))
                                violations.add(file + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
