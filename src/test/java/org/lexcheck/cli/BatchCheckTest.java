package org.lexcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexcheck.TestSupport.json;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --batch}: a folder of proposals streamed as JSON Lines in path order, with the throughput. */
class BatchCheckTest {

    @Test
    void aFolderIsCheckedInPathOrderOneLinePerFileWithInvalidFilesNamed(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("examples/nl-subsidiary-protection-waiting-36-months.json"), dir.resolve("a.json"));
        Files.createDirectories(dir.resolve("sub"));
        Files.copy(Path.of("examples/nl-subsidiary-protection-waiting-36-months.yaml"), dir.resolve("sub/c.yaml"));
        Files.writeString(dir.resolve("b.json"), "{\"id\": \"x\", \"jurisdiction\": \"ZZ\", \"measures\": []}");
        Files.writeString(dir.resolve("notes.txt"), "not a proposal");
        var run = CliTest.run("", "check", "--batch", "--threads", "2", "--date", "2026-12-01", dir.toString());
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(json(lines[0]).get("file").asString()).endsWith("a.json");
        assertThat(json(lines[0]).at("/report/summary/verdict").asString()).isEqualTo("CONFLICT");
        assertThat(json(lines[1]).get("file").asString()).endsWith("b.json");
        assertThat(json(lines[1]).at("/invalid/field").asString()).isNotBlank();
        assertThat(json(lines[2]).get("file").asString()).endsWith("c.yaml");
        assertThat(json(lines[2]).at("/report/referenceDate").asString()).isEqualTo("2026-12-01");
        assertThat(run.err()).contains("lexcheck: 3 proposals in", "on 2 threads", "2 with a conflict, 1 invalid");
        assertThat(run.exit()).isEqualTo(2);
    }

    @Test
    void batchRefusesWhatItCannotStreamAndThreadsNeedBatch() {
        assertThat(CliTest.run("", "check", "--batch", "--format", "text", "examples")
                        .exit())
                .isEqualTo(2);
        assertThat(CliTest.run("", "check", "--batch", "--threads", "0", "examples")
                        .err())
                .contains("--threads: expected a whole number from 1 to 256");
        assertThat(CliTest.run("", "check", "--threads", "2", "examples/nl-2025-two-status-system.json")
                        .err())
                .contains("--threads: only with --batch");
        assertThat(CliTest.run("", "check", "--batch", "no-such-folder").err())
                .contains("no such file or directory no-such-folder");
    }
}
