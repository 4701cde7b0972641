package org.lexcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands, usage and input errors of the command line; most of these never load the knowledge base. */
class CliCommandsTest {
    private static final String EXAMPLE = "examples/nl-subsidiary-protection-waiting-36-months";
    /** A rules folder that does not exist: a run that gets as far as loading the knowledge fails on it. */
    private static final String NO_RULES = "target/no-such-rules-folder";

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(
                List.of(args),
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void onlyServeStartsTheServerAndAnUnknownCommandPrintsUsageAndExitsTwo() {
        assertThat(Cli.startsServer(List.of("serve"))).isTrue();
        assertThat(Cli.startsServer(List.of("chek", EXAMPLE + ".json"))).isFalse();
        assertThat(Cli.startsServer(List.of("--rules", "rules"))).isFalse();
        assertThat(Cli.startsServer(List.of())).isFalse();
        Run typo = run("chek", EXAMPLE + ".json");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("unknown command 'chek'").contains("usage:");
        assertThat(typo.out()).isEmpty();
        Run none = run();
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("usage:");
    }

    @Test
    void anOptionTheCommandDoesNotTakeIsBadUsageNotSilentlyIgnored() {
        Run verify = run("verify", "--date", "2027-01-01", "test-cases");
        assertThat(verify.exit()).isEqualTo(2);
        assertThat(verify.err()).contains("--date: not an option of verify").contains("--rules, --ontology");
        Run diff = run("diff", "--explain", EXAMPLE + ".json", EXAMPLE + ".json");
        assertThat(diff.exit()).isEqualTo(2);
        assertThat(diff.err()).contains("--explain: not an option of diff");
        Run twoDates =
                run("diff", "--date", "2026-01-01", "--date", "2027-01-01", EXAMPLE + ".json", EXAMPLE + ".json");
        assertThat(twoDates.exit()).isEqualTo(2);
        assertThat(twoDates.err()).contains("give --date once");
        assertThat(run("chek", "--date", "2027-01-01").err()).contains("unknown command 'chek'");
    }

    @Test
    void versionPrintsTheEngineVersionAndExitsZero() {
        Run r = run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("lexcheck ").hasLineCount(1);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void syntaxAndStructureErrorsAreFoundBeforeTheKnowledgeBaseLoads(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"jurisdiction\": \"NL\", \"measures\": [");
        Path noMeasures = Files.writeString(dir.resolve("no-measures.yaml"), "jurisdiction: NL\n");
        long start = System.nanoTime();
        Run r = run("check", "--rules", NO_RULES, broken.toString(), noMeasures.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .contains("broken.json: (body): not well-formed JSON")
                .contains("no-measures.yaml: measures: expected a non-empty list")
                .doesNotContain(NO_RULES)
                .doesNotContain("Exception");
        assertThat(System.nanoTime() - start).as("no knowledge base built").isLessThan(5_000_000_000L);
        Run diff = run("diff", "--rules", NO_RULES, broken.toString(), EXAMPLE + ".json");
        assertThat(diff.exit()).isEqualTo(2);
        assertThat(diff.err()).contains("broken.json").doesNotContain(NO_RULES);
    }

    @Test
    void controlCharactersLongTextsAndYamlAliasesAreRefusedInEveryFormatNamingTheField(@TempDir Path dir)
            throws Exception {
        String measure =
                "\"measures\": [{\"id\": \"m1\", \"type\": \"FR_WAITING_PERIOD\", \"targetGroups\": [\"REFUGEE\"]}]";
        Path json = Files.writeString(
                dir.resolve("escape.json"),
                "{\"jurisdiction\": \"NL\", \"title\": \"red \\u001b[31m\", " + measure + "}");
        Path yaml = Files.writeString(
                dir.resolve("escape.yaml"),
                "jurisdiction: NL\ntitle: \"red \\e[31m\"\n"
                        + "measures: [{id: m1, type: FR_WAITING_PERIOD, targetGroups: [REFUGEE]}]\n");
        Path xml = Files.writeString(
                dir.resolve("escape.xml"),
                "<proposal xmlns=\"urn:lexcheck:proposal:1\" jurisdiction=\"NL\">"
                        + "<title>red \u009b31m</title><measure id=\"m1\" type=\"FR_WAITING_PERIOD\"><targetGroup>REFUGEE</targetGroup></measure></proposal>");
        Path longJson = Files.writeString(
                dir.resolve("long.json"),
                "{\"jurisdiction\": \"NL\", \"title\": \"" + "x".repeat(70_000) + "\", " + measure + "}");
        Path alias = Files.writeString(
                dir.resolve("alias.yaml"),
                "jurisdiction: NL\n"
                        + "measures: [{id: &first m1, type: FR_WAITING_PERIOD, targetGroups: [REFUGEE], description: *first}]\n");
        Run r = run(
                "check",
                "--rules",
                NO_RULES,
                json.toString(),
                yaml.toString(),
                xml.toString(),
                longJson.toString(),
                alias.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .contains("escape.json: title: control character U+001B")
                .contains("escape.yaml: title: control character U+001B")
                .contains("escape.xml: title:")
                .contains("long.json: title: text longer than 65536 characters")
                .contains("alias.yaml: measures[0].description: YAML aliases")
                .doesNotContain("\u001b")
                .doesNotContain("\u009b");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void numbersBeyondRangeAreRefusedNamingTheFieldAndTheRange(@TempDir Path dir) throws Exception {
        String json = Files.readString(Path.of(EXAMPLE + ".json"));
        Path huge = Files.writeString(dir.resolve("huge.json"), json.replace("\"months\": 36", "\"months\": 1e400"));
        Path clamped = Files.writeString(
                dir.resolve("clamped.json"), json.replace("\"months\": 36", "\"months\": 9223372036854776000"));
        Path xml = Files.writeString(
                dir.resolve("huge.xml"),
                Files.readString(Path.of(EXAMPLE + ".xml")).replace(">36<", ">1e400<"));
        Path yaml = Files.writeString(
                dir.resolve("negative.yaml"),
                Files.readString(Path.of(EXAMPLE + ".yaml")).replace("36", "-1"));
        Run r = run("check", huge.toString(), clamped.toString(), xml.toString(), yaml.toString());
        assertThat(r.exit()).isEqualTo(2);
        for (String file : List.of("huge.json", "clamped.json", "huge.xml", "negative.yaml")) {
            assertThat(r.err())
                    .contains(file + ": measures[0].parameters.months: must be between 0 and 1000000000 (months)");
        }
        assertThat(r.err())
                .contains("(allowed: 0 to 1000000000)")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void severalFilesInXmlOrHtmlAreOneDocument() throws Exception {
        Run xml = run("check", "--format", "xml", EXAMPLE + ".json", EXAMPLE + ".yaml");
        assertThat(xml.exit()).isEqualTo(1);
        assertThat(xml.out()).containsOnlyOnce("<?xml").contains("<reports ");
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.newSchema(Path.of("src/main/resources/static/schema/report-1.xsd").toFile())
                .newValidator()
                .validate(new StreamSource(new StringReader(xml.out())));
        assertThat(xml.out().split("<report>|<report ", -1)).hasSize(3);
    }

    @Test
    void aDiffOrWhatIfInHtmlIsRefusedRatherThanAnsweredAsText() {
        Run diff = run("diff", "--format", "html", "--rules", NO_RULES, EXAMPLE + ".json", EXAMPLE + ".json");
        assertThat(diff.exit()).isEqualTo(2);
        assertThat(diff.err()).contains("--format").contains("allowed: json, xml, text");
        assertThat(diff.out()).isEmpty();
        Run whatIf = run(
                "check",
                "--format",
                "html",
                "--date",
                "2026-01-01",
                "--date",
                "2027-01-01",
                "--rules",
                NO_RULES,
                EXAMPLE + ".json");
        assertThat(whatIf.exit()).isEqualTo(2);
        assertThat(whatIf.err()).contains("--format");
    }
}
