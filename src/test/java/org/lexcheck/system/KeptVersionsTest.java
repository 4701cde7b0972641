package org.lexcheck.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexcheck.knowledge.Language;
import org.lexcheck.knowledge.OntologyLoader;
import org.lexcheck.knowledge.SourceFiles;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.report.ReportFormat;
import org.lexcheck.report.ReportWriter;
import org.lexcheck.rules.RuleBaseBuilder;

/**
 * Law kept from an earlier build (precompiled into the classes, or on disk) answers exactly as law
 * built now, and a kept file that is not what lexcheck wrote is never trusted: it is built again.
 */
class KeptVersionsTest {
    private static final SourceFiles ONTOLOGY = SourceFiles.fromDirectory(Path.of("ontology"), ".ttl");
    private static final SourceFiles RULES = SourceFiles.fromDirectory(Path.of("rules"), ".drl");

    private static String report(LoadedVersion version) throws Exception {
        var report = new Checker(version)
                .check(
                        Files.readAllBytes(Path.of("examples/nl-2025-two-status-system.json")),
                        ProposalFormat.JSON,
                        LocalDate.parse("2026-12-01"),
                        Language.EN,
                        true);
        return ReportWriter.write(report, ReportFormat.JSON);
    }

    @Test
    void thePrecompiledLawAnswersAsTheLawBuiltNow() throws Exception {
        assertThat(CodeFingerprint.current())
                .as("the build precompiled the law")
                .isNotNull();
        String kept = report(LoadedVersion.of(KeptVersions.knowledge(ONTOLOGY), KeptVersions.rules(RULES)));
        String built = report(LoadedVersion.of(OntologyLoader.load(ONTOLOGY), RuleBaseBuilder.build(RULES)));
        assertThat(kept).isEqualTo(built);
    }

    @Test
    void aKeptFileNamingAnotherClassIsRefusedAndBuiltAgain(@TempDir Path cache) throws Exception {
        List<SourceFiles.SourceFile> files = new ArrayList<>(ONTOLOGY.files());
        files.add(new SourceFiles.SourceFile(
                "zz-edited.ttl", "# an edit that changes nothing but the hash\n".getBytes(StandardCharsets.UTF_8)));
        SourceFiles edited = new SourceFiles("edited", files);
        Path hostile = cache.resolve(CodeFingerprint.current() + "-knowledge-" + edited.version() + ".bin");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new java.io.File("/etc/passwd"));
        }
        Files.write(hostile, bytes.toByteArray());
        String before = System.getProperty("lexcheck.cache");
        System.setProperty("lexcheck.cache", cache.toString());
        try {
            var kb = KeptVersions.knowledge(edited);
            assertThat(kb.version()).isEqualTo(edited.version());
            assertThat(Files.readAllBytes(hostile))
                    .as("replaced by what the build produced")
                    .isEqualTo(KeptVersions.serialized(kb));
            assertThat(KeptVersions.knowledge(edited).version()).isEqualTo(edited.version());
        } finally {
            if (before == null) System.clearProperty("lexcheck.cache");
            else System.setProperty("lexcheck.cache", before);
        }
    }
}
