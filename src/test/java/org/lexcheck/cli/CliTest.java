package org.lexcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexcheck.TestSupport.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexcheck.Fixture;
import tools.jackson.databind.JsonNode;

/** The command line as contract section 2 fixes it: exit codes, standard output for reports only. */
class CliTest {
    private static final String EXAMPLE = "examples/nl-subsidiary-protection-waiting-36-months";

    record Run(int exit, String out, String err) {}

    static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(args));
        int exit = Cli.run(
                all,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static JsonNode finding(JsonNode report, String kind) {
        return report.get("findings")
                .valueStream()
                .filter(f -> f.get("kind").asString().equals(kind))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aThirtySixMonthWaitingPeriodForSubsidiaryProtectionConflictsWithArticle8AndExitsOne() {
        Run r = run("", "check", EXAMPLE + ".json");
        assertThat(r.exit()).isEqualTo(1);
        JsonNode report = json(r.out());
        assertThat(report.isObject()).isTrue();
        assertThat(report.at("/summary/verdict").asString()).isEqualTo("CONFLICT");
        JsonNode conflict = finding(report, "CONFLICT");
        assertThat(conflict.at("/citations/0/instrument").asString()).isEqualTo("ECHR");
        assertThat(conflict.at("/caseLaw/0/caseNumber").asString()).isEqualTo("6697/18");
        assertThat(conflict.at("/caseLaw/0/name").asString()).isEqualTo("M.A. v. Denmark");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theXmlAndYamlTwinsGiveTheSameReportAsTheJson() {
        String json = run("", "check", EXAMPLE + ".json").out();
        assertThat(run("", "check", EXAMPLE + ".xml").out()).isEqualTo(json);
        assertThat(run("", "check", EXAMPLE + ".yaml").out()).isEqualTo(json);
    }

    @Test
    void anUnknownTargetGroupExitsTwoNamingTheValueAndWritesNoReport(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(
                bad,
                Files.readString(Path.of(EXAMPLE + ".json"))
                        .replace("\"SUBSIDIARY_PROTECTION\"", "\"SUBSIDIARY_PROTECTED\""));
        Run r = run("", "check", bad.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .contains("bad.json")
                .contains("measures[0].targetGroups[0]")
                .contains("SUBSIDIARY_PROTECTED")
                .contains("allowed:")
                .contains("SUBSIDIARY_PROTECTION")
                .doesNotContain("Exception");
    }

    @Test
    void anUnknownMeasureTypeIsNotAssessedAndDoesNotFailTheCheck() {
        Run r = run(
                "{\"id\":\"x\",\"jurisdiction\":\"NL\",\"measures\":[{\"id\":\"m1\",\"type\":\"XX_NEW\",\"targetGroups\":[\"REFUGEE\"]}]}",
                "check",
                "--date",
                "2027-01-01",
                "-");
        assertThat(r.exit()).isZero();
        assertThat(json(r.out()).at("/measures/0/verdict").asString()).isEqualTo("NOT_ASSESSED");
    }

    @Test
    void severalFilesGiveAJsonArrayAndOtherFormatsRender() {
        Run both = run("", "check", EXAMPLE + ".json", EXAMPLE + ".yaml");
        assertThat(json(both.out()).isArray()).isTrue();
        assertThat(json(both.out()).size()).isEqualTo(2);
        assertThat(run("", "check", "--format", "xml", EXAMPLE + ".json").out())
                .contains("<report ")
                .contains("xmlns=\"urn:lexcheck:report:1\"");
        assertThat(run("", "check", "--format", "text", "--lang", "nl", EXAMPLE + ".json")
                        .out())
                .contains("Oordeel strijdig")
                .contains("M.A. t. Denemarken");
        assertThat(run("", "check", "--format", "html", EXAMPLE + ".json").out())
                .startsWith("<!DOCTYPE html>");
    }

    @Test
    void diffNamesTheConflictTheSecondVersionResolves(@TempDir Path dir) throws Exception {
        Path v2 = dir.resolve("v2.json");
        Files.writeString(v2, Files.readString(Path.of(EXAMPLE + ".json")).replace("\"months\": 36", "\"months\": 24"));
        Run r = run("", "diff", "--format", "text", EXAMPLE + ".json", v2.toString());
        assertThat(r.out()).contains("~ CONFLICT -> COMPLIANT m1: ECHR Art 8");
        assertThat(r.exit()).isZero();
        JsonNode diff = json(run("", "diff", EXAMPLE + ".json", v2.toString()).out());
        assertThat(diff.at("/changed/0/from").asString()).isEqualTo("CONFLICT");
        assertThat(diff.at("/changed/0/to").asString()).isEqualTo("COMPLIANT");
        assertThat(diff.get("resolvedConflicts")
                        .valueStream()
                        .map(JsonNode::asString)
                        .toList())
                .containsExactly("m1 https://w3id.org/lexcheck/norm/echr-8-fr-waiting-period");
    }

    @Test
    void severalDatesShowWhatChangesBetweenThem(@TempDir Path dir) throws Exception {
        Path border = dir.resolve("border.json");
        Files.writeString(
                border,
                "{\"id\":\"b\",\"jurisdiction\":\"NL\",\"measures\":[{\"id\":\"m1\",\"type\":\"AP_BORDER_PROCEDURE\","
                        + "\"targetGroups\":[\"ASYLUM_APPLICANT\"],\"parameters\":{\"weeks\":10,\"detention\":false}}]}");
        Run r = run("", "check", "--date", "2026-06-11", "--date", "2026-06-12", border.toString());
        JsonNode whatIf = json(r.out());
        assertThat(whatIf.get("reports")
                        .valueStream()
                        .map(n -> n.get("referenceDate").asString())
                        .toList())
                .containsExactly("2026-06-11", "2026-06-12");
        assertThat(whatIf.get("changes").size()).isEqualTo(1);
        assertThat(r.exit()).isEqualTo(1);
        Run text =
                run("", "check", "--date", "2026-06-11", "--date", "2026-06-12", "--format", "text", border.toString());
        assertThat(text.out())
                .contains("Changes from b on 2026-06-11 (CONFLICT) to b on 2026-06-12")
                .contains("APD Art 43(2)");
    }

    @Test
    void explainShowsTheDerivationOfEachFinding() {
        Run r = run("", "check", "--explain", "--format", "text", EXAMPLE + ".json");
        assertThat(r.out())
                .contains("Derivation:")
                .contains("Rule \"Ceiling exceeded\" concluded CONFLICT")
                .contains("Case law applied: M.A. v. Denmark (6697/18")
                .contains("an obligation in force for NL on 2027-01-01");
        assertThat(json(run("", "check", EXAMPLE + ".json").out()).findValues("derivation"))
                .isEmpty();
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(run("", "check", "--format", "pdf", EXAMPLE + ".json").err())
                .contains("allowed: json, xml, html, text");
        assertThat(run("", "check", "--date", "1 January", EXAMPLE + ".json").exit())
                .isEqualTo(2);
        assertThat(run("", "check", "missing.json").exit()).isEqualTo(2);
        assertThat(run("", "check", "--lang", "fr", EXAMPLE + ".json").exit()).isEqualTo(2);
    }

    /**
     * {@code verify} over the fixture law (made-up, src/test/resources/fixture) and its one case in
     * which every generic rule fires; the real reference cases run once, in ReferenceCasesTest.
     */
    @Test
    void verifyPassesWhenEveryCasePassesAndEveryRuleFires(@TempDir Path dir) {
        Path[] fixture = Fixture.writeTo(dir);
        Run verify = run(
                "",
                "verify",
                "--ontology",
                fixture[0].toString(),
                "--rules",
                fixture[1].toString(),
                Fixture.CASES.toString());
        assertThat(verify.out()).contains("1 passed, 0 failed");
        assertThat(verify.exit()).isZero();
    }

    @Test
    void verifyNamesEachDepartureWithItsFileAndExitsOne(@TempDir Path dir) throws Exception {
        Path[] fixture = Fixture.writeTo(dir);
        Path cases = Files.createDirectories(dir.resolve("cases"));
        Files.writeString(cases.resolve("001-wrong.yaml"), """
                name: deliberately wrong
                date: 2027-01-01
                proposal:
                  jurisdiction: NL
                  measures:
                    - { id: m1, type: LICENCE_WAIT, targetGroups: [RESIDENT], parameters: { months: 18 } }
                expect:
                  measures:
                    m1: { verdict: COMPATIBLE }
                """);
        Run verify = run(
                "", "verify", "--ontology", fixture[0].toString(), "--rules", fixture[1].toString(), cases.toString());
        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.out())
                .contains(cases.resolve("001-wrong.yaml") + ":1: measure m1: expected verdict COMPATIBLE, got CONFLICT")
                .contains("rules: rule \"Permission used\" fires in no reference case")
                .contains("0 passed, 1 failed");
    }

    @Test
    void coverageListsEveryMeasureTypeOfTheVocabulary(@TempDir Path dir) {
        Path[] fixture = Fixture.writeTo(dir);
        Run coverage = run(
                "",
                "coverage",
                "--ontology",
                fixture[0].toString(),
                "--rules",
                fixture[1].toString(),
                Fixture.CASES.toString());
        assertThat(coverage.out())
                .contains("LICENCE_WAIT")
                .contains("LICENCE_REFUSAL_GROUND")
                .contains("1 passed, 0 failed")
                .doesNotContain("gap:");
        assertThat(coverage.exit()).isZero();
    }

    @Test
    void lintPassesOnTheRepository() {
        Run lint = run("", "lint");
        assertThat(lint.out()).contains("lint: no problems");
        assertThat(lint.exit()).isZero();
    }

    @Test
    void lintNamesANormThatNoRuleAppliesAndAnAppliesValueOffTheList(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("only-bars.drl"), """
                package org.lexcheck.rules.bars;
                rule "Applies bars only"
                    @applies("lx:barsMeasure true")
                when
                then
                end
                rule "Applies what no norm holds"
                    @applies("lx:limit with a typo")
                when
                then
                end
                """);
        Run lint = run("", "lint", "--rules", dir.toString());
        assertThat(lint.exit()).isEqualTo(1);
        assertThat(lint.out())
                .contains(
                        "norm https://w3id.org/lexcheck/norm/frd-8-waiting-period has lx:limit but no rule applies it")
                .contains("rule \"Applies what no norm holds\" has @applies(\"lx:limit with a typo\"), not one of");
    }

    @Test
    void lintNamesARuleCitingAnUnknownNorm(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.drl"), """
                package org.lexcheck.rules.x;
                rule "Cites nothing real"
                    @norm("https://w3id.org/lexcheck/norm/no-such-norm")
                when
                then
                end
                """);
        Run lint = run("", "lint", "--rules", dir.toString());
        assertThat(lint.exit()).isEqualTo(1);
        assertThat(lint.out()).contains("Cites nothing real").contains("no-such-norm");
    }
}
