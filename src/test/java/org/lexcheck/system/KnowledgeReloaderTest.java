package org.lexcheck.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.report.Report;

/** An edit changes the next report without a restart; a broken edit changes nothing but returns the errors. */
class KnowledgeReloaderTest {
    private static final Path EXAMPLE = Path.of("examples/nl-subsidiary-protection-waiting-36-months.json");

    @Test
    void anEditedRuleChangesTheNextReportAndABrokenEditKeepsTheOldVersion(@TempDir Path dir) throws Exception {
        Path ontology = copy(Path.of("ontology"), dir.resolve("ontology"));
        Path rules = copy(Path.of("rules"), dir.resolve("rules"));
        Checker checker = Checker.load(ontology, rules);
        KnowledgeReloader reloader = new KnowledgeReloader(checker, ontology, rules);
        Report before = check(checker);
        assertThat(before.findings()).anyMatch(f -> f.rule().equals("Permission used"));

        Path generic = rules.resolve("generic.drl");
        Files.writeString(generic, Files.readString(generic).replace("rule \"Permission used\"", "rule \"Discretion used\""));
        assertThat(reloader.reload().status()).isEqualTo(KnowledgeReloader.Result.Status.RELOADED);
        Report after = check(checker);
        assertThat(after.findings()).anyMatch(f -> f.rule().equals("Discretion used"));
        assertThat(after.provenance().rulesVersion()).isNotEqualTo(before.provenance().rulesVersion());

        Files.writeString(generic, Files.readString(generic) + "\nrule \"Broken\" when String( length > ) then end\n");
        var failed = reloader.reload();
        assertThat(failed.status()).isEqualTo(KnowledgeReloader.Result.Status.FAILED);
        assertThat(failed.errors()).anyMatch(e -> e.matches("rules/generic\\.drl:\\d+: .*"));
        assertThat(check(checker).provenance().rulesVersion()).isEqualTo(after.provenance().rulesVersion());
        assertThat(reloader.reload().status()).isEqualTo(KnowledgeReloader.Result.Status.FAILED);
    }

    @Test
    void theWatcherPicksUpAnEditByItself(@TempDir Path dir) throws Exception {
        Path ontology = copy(Path.of("ontology"), dir.resolve("ontology"));
        Path rules = copy(Path.of("rules"), dir.resolve("rules"));
        Checker checker = Checker.load(ontology, rules);
        try (KnowledgeReloader reloader = new KnowledgeReloader(checker, ontology, rules)) {
            reloader.watch();
            String before = checker.current().rules().version();
            Path generic = rules.resolve("generic.drl");
            Files.writeString(generic, Files.readString(generic).replace("rule \"Permission used\"", "rule \"Discretion used\""));
            long deadline = System.currentTimeMillis() + 30_000;
            while (checker.current().rules().version().equals(before) && System.currentTimeMillis() < deadline) Thread.sleep(100);
            assertThat(checker.current().rules().version()).isNotEqualTo(before);
        }
    }

    private static Report check(Checker checker) throws Exception {
        return checker.check(Files.readAllBytes(EXAMPLE), ProposalFormat.JSON, null, "en");
    }

    private static Path copy(Path source, Path target) throws Exception {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return target;
    }
}
