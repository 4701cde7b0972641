package org.lexcheck.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexcheck.Fixture;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.knowledge.Language;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.report.Report;

/**
 * An edit changes the next report without a restart; a broken edit changes nothing but returns
 * the errors. Runs on a temporary copy of the fixture law (never the repository's ontology/ or
 * rules/), and an edit adds a fixture file from src/test/resources/fixture/edits.
 */
class KnowledgeReloaderTest {
    private static final Path EDITS = Path.of("src/test/resources/fixture/edits");
    private static final byte[] PROPOSAL = """
            {"id": "p", "jurisdiction": "NL", "measures": [
              {"id": "m1", "type": "LICENCE_WAIT", "targetGroups": ["RESIDENT"], "parameters": {"months": 6}}]}
            """.getBytes(StandardCharsets.UTF_8);

    @Test
    void anEditChangesTheNextReportAndABrokenEditKeepsTheOldVersion(@TempDir Path dir) throws Exception {
        Path[] fixture = Fixture.writeTo(dir);
        Checker checker = Checker.load(fixture[0], fixture[1]);
        KnowledgeReloader reloader = new KnowledgeReloader(checker, fixture[0], fixture[1]);
        assertThat(reloader.reload().status()).isEqualTo(KnowledgeReloader.Result.Status.UNCHANGED);
        Report before = check(checker);
        assertThat(before.findings()).noneMatch(f -> f.kind() == FindingKind.ROOM_FOR_MANOEUVRE);

        Files.copy(EDITS.resolve("extra-permission.ttl"), fixture[0].resolve("instruments/extra-permission.ttl"));
        assertThat(reloader.reload().status()).isEqualTo(KnowledgeReloader.Result.Status.RELOADED);
        Report after = check(checker);
        assertThat(after.findings())
                .anyMatch(f ->
                        f.kind() == FindingKind.ROOM_FOR_MANOEUVRE && f.rule().contains("Permission used"));
        assertThat(after.provenance().ontologyVersion())
                .isNotEqualTo(before.provenance().ontologyVersion());
        assertThat(after.provenance().rulesVersion())
                .isEqualTo(before.provenance().rulesVersion());

        Files.copy(EDITS.resolve("broken.drl"), fixture[1].resolve("broken.drl"));
        var failed = reloader.reload();
        assertThat(failed.status()).isEqualTo(KnowledgeReloader.Result.Status.FAILED);
        assertThat(failed.errors()).anyMatch(e -> e.matches("rules/broken\\.drl:\\d+: .*"));
        assertThat(check(checker).provenance()).isEqualTo(after.provenance());
        assertThat(reloader.reload().status()).isEqualTo(KnowledgeReloader.Result.Status.FAILED);
    }

    @Test
    void theWatcherPicksUpAnEditByItself(@TempDir Path dir) throws Exception {
        Path[] fixture = Fixture.writeTo(dir);
        Checker checker = Checker.load(fixture[0], fixture[1]);
        try (KnowledgeReloader reloader = new KnowledgeReloader(checker, fixture[0], fixture[1])) {
            reloader.watch();
            String before = checker.current().knowledge().version();
            Files.copy(EDITS.resolve("extra-permission.ttl"), fixture[0].resolve("instruments/extra-permission.ttl"));
            long deadline = System.currentTimeMillis() + 30_000;
            while (checker.current().knowledge().version().equals(before) && System.currentTimeMillis() < deadline)
                Thread.sleep(50);
            assertThat(checker.current().knowledge().version()).isNotEqualTo(before);
        }
    }

    private static Report check(Checker checker) {
        return checker.check(PROPOSAL, ProposalFormat.JSON, LocalDate.of(2027, 1, 1), Language.EN);
    }
}
