package org.lexcheck.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexcheck.ServiceProcess;
import org.lexcheck.cli.Cli;

/**
 * An ontology or rule file missing or invalid at start: a clear error naming the file and the
 * problem and exit 2 (contract section 2), never a version built from part of the law. The command
 * line in this JVM for each kind of damage; then as real processes, in a working directory whose
 * own {@code ontology/} or {@code rules/} is damaged: {@code check}, and {@code serve}, which exits
 * 2 without its port ever answering.
 */
class BrokenLawAtStartTest {
    private static final String EXAMPLE = Path.of("examples/nl-subsidiary-protection-waiting-36-months.json")
            .toAbsolutePath()
            .toString();

    record Run(int exit, String out, String err) {}

    private static Run check(Path ontology, Path rules) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(
                List.of(
                        "check",
                        "--ontology",
                        ontology.toString(),
                        "--rules",
                        rules.toString(),
                        "--date",
                        "2027-01-01",
                        EXAMPLE),
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A copy of the repository's ontology/ and rules/ under {@code dir}, to damage. */
    private static Path copyOfTheLaw(Path dir) throws IOException {
        for (String kind : List.of("ontology", "rules")) {
            Path from = Path.of(kind);
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path p : walk.toList()) {
                    Path to = dir.resolve(kind).resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(to);
                    else Files.copy(p, to);
                }
            }
        }
        return dir;
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardOpenOption.APPEND);
    }

    @Test
    void aTurtleFileThatDoesNotParseIsNamedWithItsLine(@TempDir Path dir) throws IOException {
        copyOfTheLaw(dir);
        append(dir.resolve("ontology/states.ttl"), "\nthis is not turtle .\n");
        Run run = check(dir.resolve("ontology"), Path.of("rules"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("knowledge base invalid", "states.ttl:[line: ");
    }

    @Test
    void aMissingFileThatOthersNeedIsNamedByWhatItLeavesDangling(@TempDir Path dir) throws IOException {
        copyOfTheLaw(dir);
        Files.delete(dir.resolve("ontology/states.ttl"));
        Run run = check(dir.resolve("ontology"), Path.of("rules"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("knowledge base invalid", "instruments/", "StateGroup");
    }

    @Test
    void aLinkToNothingIsNamedNotSkipped(@TempDir Path dir) throws IOException {
        copyOfTheLaw(dir);
        Files.createSymbolicLink(dir.resolve("ontology/instruments/gone.ttl"), dir.resolve("nowhere.ttl"));
        // An editor's lock beside a file being edited (Emacs), a link to nothing by design: not law, not a problem.
        Files.createSymbolicLink(dir.resolve("ontology/.#states.ttl"), Path.of("anna@host.4711:1700000000"));
        Run run = check(dir.resolve("ontology"), Path.of("rules"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("instruments/gone.ttl: cannot be read").doesNotContain(".#states.ttl");
    }

    @Test
    void shapesWithoutTheLawAreNotAKnowledgeBase(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("ontology"));
        Files.copy(Path.of("ontology/shapes.ttl"), dir.resolve("ontology/shapes.ttl"));
        Run run = check(dir.resolve("ontology"), Path.of("rules"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no norm (lx:Norm)").doesNotContain("unknown state");
    }

    @Test
    void aMissingFolderIsNamed(@TempDir Path dir) {
        Run run = check(dir.resolve("no-ontology"), Path.of("rules"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no-ontology: no such directory");
    }

    @Test
    void aRuleFileThatDoesNotCompileIsNamedWithItsLine(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("rules"));
        Files.copy(Path.of("rules/generic.drl"), dir.resolve("rules/generic.drl"));
        append(dir.resolve("rules/generic.drl"), "\nrule \"unfinished\"\nwhen\nthen\n");
        Run run = check(Path.of("ontology"), dir.resolve("rules"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("rules do not compile", "rules/generic.drl:");
        assertThat(run.err()).containsPattern("rules/generic\\.drl:\\d+: ");
    }

    @Test
    void ruleFilesWithoutARuleAreRefused(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("rules/empty.drl"), "package org.lexcheck.rules.empty;\n// nothing here yet\n");
        Run run = check(Path.of("ontology"), dir.resolve("rules"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("rules do not compile", "define no rule");
    }

    /** {@code check} as a process in a working directory whose own rules/ is a file: not the packed rules in silence. */
    @Test
    void theCommandLineInAWorkingDirectoryWithDamagedLawExits2(@TempDir Path dir) throws Exception {
        copyOfTheLaw(dir);
        append(dir.resolve("ontology/vocabulary.ttl"), "\n<urn:x> <urn:y> .\n");
        Process p = new ProcessBuilder(ServiceProcess.command(List.of("check", "--date", "2027-01-01", EXAMPLE)))
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(p.exitValue()).as(err).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("out.txt"))).isEmpty();
        assertThat(err).contains("knowledge base invalid", "vocabulary.ttl:").doesNotContain("\tat ");

        Files.delete(dir.resolve("out.txt"));
        Files.delete(dir.resolve("err.txt"));
        Path rules = dir.resolve("rules");
        try (Stream<Path> files = Files.list(rules)) {
            for (Path f : files.toList()) Files.delete(f);
        }
        Files.delete(rules);
        Files.writeString(rules, "not a folder");
        Files.copy(
                Path.of("ontology/vocabulary.ttl"),
                dir.resolve("ontology/vocabulary.ttl"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        p = new ProcessBuilder(ServiceProcess.command(List.of("check", "--date", "2027-01-01", EXAMPLE)))
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        err = Files.readString(dir.resolve("err.txt"));
        assertThat(p.exitValue()).as(err).isEqualTo(2);
        assertThat(err).contains("rules: not a folder");
    }

    /**
     * {@code serve} in a working directory whose rules/ does not compile: exit 2 with the file and
     * line on standard error, and its port never answers, not even before it gives up.
     */
    @Test
    void theServiceOnDamagedLawExits2AndItsPortNeverAnswers(@TempDir Path dir) throws Exception {
        copyOfTheLaw(dir);
        append(dir.resolve("rules/generic.drl"), "\nrule \"unfinished\"\nwhen\nthen\n");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = dir.resolve("service.log");
        Process service = ServiceProcess.launch(
                dir,
                log,
                List.of(
                        "--server.port=" + port,
                        "--lexcheck.data=" + dir.resolve("data"),
                        "--lexcheck.admin-password=broken-law-admin",
                        "--logging.level.root=WARN"));
        List<String> answered = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (service.isAlive() && System.nanoTime() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("localhost", port), 200);
                answered.add("port " + port + " answered");
            } catch (IOException refused) {
                // as it should
            }
            Thread.sleep(100);
        }
        assertThat(service.waitFor(10, TimeUnit.SECONDS))
                .as(ServiceProcess.tail(log))
                .isTrue();
        assertThat(service.exitValue()).as(ServiceProcess.tail(log)).isEqualTo(2);
        assertThat(answered).isEmpty();
        String out = Files.readString(log);
        assertThat(out)
                .contains("lexcheck: not started: rules do not compile:", "rules/generic.drl:")
                .doesNotContain("lexcheck: serving on");
    }
}
