package org.lexcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexcheck.TestSupport.json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexcheck.TestSupport;
import org.lexcheck.knowledge.Language;
import org.lexcheck.knowledge.Successions;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.report.ReportDiff;
import org.lexcheck.report.WhatIf;
import org.lexcheck.system.Checker;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11, item 6: a finding that holds on both sides of the Pact switch (12 June 2026) under a
 * provision of the repealed act and under its successor is MOVED, not resolved and appeared.
 */
class MovedFindingsTest {
    /** Hypothetical Dutch option: a sixteen-week border procedure with detention, beyond APD Art 43(2) and APR Art 51(2). */
    private static final String BORDER = "src/test/resources/pact/nl-border-procedure-16-weeks-detention.json";
    /** The real Dutch Asylum Emergency Measures Bill (examples/): m7 drops the intended-decision notice. */
    private static final String EMERGENCY = "examples/nl-2025-asylum-emergency-measures-act.json";
    /** The real Dutch Pact Implementation Act: its m3 conflicts with APD Art 31(8) and complies with APR Art 45. */
    private static final String PACT = "examples/nl-2026-pact-implementation-act.json";

    private static JsonNode change(String file) {
        CliTest.Run r = CliTest.run("", "check", "--date", "2026-06-11", "--date", "2026-06-12", file);
        return json(r.out()).at("/changes/0");
    }

    @Test
    void aBorderProcedureConflictMovesFromApdArticle43ToAprArticle51() {
        JsonNode diff = change(BORDER);
        assertThat(diff.at("/old/verdict").asString()).isEqualTo("CONFLICT");
        assertThat(diff.at("/updated/verdict").asString()).isEqualTo("CONFLICT");
        JsonNode moved = diff.at("/moved/0");
        assertThat(moved.at("/measure").asString()).isEqualTo("m1");
        assertThat(moved.at("/kind").asString()).isEqualTo("CONFLICT");
        assertThat(moved.at("/from/norm").asString()).endsWith("/apd-43-border-procedure");
        assertThat(moved.at("/to/norm").asString()).endsWith("/apr-51-border-procedure");
        assertThat(moved.at("/from/citations/0/article").asString()).isEqualTo("43");
        assertThat(moved.at("/to/citations/0/article").asString()).isEqualTo("51");
        assertThat(moved.at("/basis").asString()).isEqualTo("ContentComparison");
        assertThat(moved.at("/verification").asString()).isEqualTo("PARTLY_VERIFIED");
        assertThat(diff.at("/resolvedConflicts")).isEmpty();
        assertThat(diff.at("/disappeared").valueStream().map(f -> f.at("/norm").asString()))
                .noneMatch(n -> n.endsWith("/apd-43-border-procedure"));
        assertThat(diff.at("/appeared").valueStream().map(f -> f.at("/norm").asString()))
                .noneMatch(n -> n.endsWith("/apr-51-border-procedure"));
    }

    @Test
    void theTextAndXmlFormsSayMovedInEnglishAndDutch() {
        String en = CliTest.run("", "check", "--date", "2026-06-11", "--date", "2026-06-12", "--format", "text", BORDER)
                .out();
        assertThat(en)
                .contains("> CONFLICT m1: moved from APD Art 43(2); CFR Art 47 to APR Art 51(2); CFR Art 47"
                        + " (its successor, paired by content, partly verified)")
                .doesNotContain("resolved by the second");
        String nl = CliTest.run(
                        "",
                        "check",
                        "--date",
                        "2026-06-11",
                        "--date",
                        "2026-06-12",
                        "--format",
                        "text",
                        "--lang",
                        "nl",
                        BORDER)
                .out();
        assertThat(nl)
                .contains("verplaatst van art. 43 lid 2 Procedurerichtlijn")
                .contains("haar opvolger");
        String xml = CliTest.run("", "check", "--date", "2026-06-11", "--date", "2026-06-12", "--format", "xml", BORDER)
                .out();
        assertThat(xml).contains("<move measure=\"m1\" kind=\"CONFLICT\" basis=\"ContentComparison\"");
    }

    @Test
    void theDutchEmergencyMeasuresBillKeepsItsRiskOnTheInterviewReportUnderTheApr() {
        JsonNode moved = change(EMERGENCY).at("/moved");
        assertThat(moved.valueStream()
                        .filter(v -> v.at("/measure").asString().equals("m7"))
                        .map(v -> v.at("/kind").asString() + " "
                                + v.at("/to/citations/0/article").asString()))
                .containsExactly("RISK 14");
    }

    @Test
    void aConflictThePactResolvesStaysResolved() {
        // APD Art 31(8) barred the mandatory border procedure for nationalities with a low recognition
        // rate; APR Art 45 requires it: the finding changes kind, it does not move.
        JsonNode diff = change(PACT);
        assertThat(diff.at("/moved").valueStream().map(v -> v.at("/measure").asString()))
                .doesNotContain("m3");
        assertThat(diff.at("/resolvedConflicts").valueStream().map(JsonNode::asString))
                .anyMatch(c -> c.startsWith("m3 ") && c.endsWith("/apd-31-8-no-border-procedure-on-recognition-rate"));
    }

    @Test
    void diffOfTwoVersionsOnTheirOwnDatesSeesTheMoveToo(@TempDir Path dir) throws Exception {
        String v1 = Files.readString(Path.of(BORDER));
        Path old = dir.resolve("old.json");
        Path updated = dir.resolve("new.json");
        Files.writeString(old, v1.replace("2026-06-01", "2026-06-11"));
        Files.writeString(updated, v1.replace("2026-06-01", "2026-06-12"));
        JsonNode diff =
                json(CliTest.run("", "diff", old.toString(), updated.toString()).out());
        assertThat(diff.at("/moved/0/from/citations/0/instrument").asString()).isEqualTo("APD");
        assertThat(diff.at("/moved/0/to/citations/0/instrument").asString()).isEqualTo("APR");
        assertThat(diff.at("/resolvedConflicts")).isEmpty();
    }

    @Test
    void withoutSuccessionsTheSameChangeIsResolvedAndAppeared() throws Exception {
        Checker.Pinned pinned = TestSupport.checker().pin();
        var proposal = pinned.parse(Files.readAllBytes(Path.of(BORDER)), ProposalFormat.JSON);
        var reports = List.of(
                pinned.check(proposal, LocalDate.of(2026, 6, 11), Language.EN, false),
                pinned.check(proposal, LocalDate.of(2026, 6, 12), Language.EN, false));
        ReportDiff plain = ReportDiff.between(reports.get(0), reports.get(1), Successions.NONE);
        assertThat(plain.moved()).isEmpty();
        assertThat(plain.resolvedConflicts()).hasSize(1);
        ReportDiff withSuccessions =
                WhatIf.of(reports, pinned.successions()).changes().get(0);
        assertThat(withSuccessions.moved()).hasSize(1);
        assertThat(withSuccessions.resolvedConflicts()).isEmpty();
    }

    @Test
    void everyEncodedProvisionOfAnActThePactRepealedHasASuccession() {
        Successions successions = TestSupport.checker().pin().successions();
        assertThat(successions.all()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(successions.all())
                .allSatisfy(s -> assertThat(s.predecessor().instrumentCode()).isIn("APD", "RCD", "QD", "DUBLIN3"));
    }
}
