package org.lexcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexcheck.TestSupport.json;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11, item 7: law that is coming. Without --with-pending the proposed Return Regulation
 * (COM(2025) 101) plays no part; with it, it applies as if adopted, the Return Directive it would
 * repeal does not, every finding from it is labelled pending and the report names what it assumed.
 */
class PendingLawTest {
    private static final String RETURN = "src/test/resources/pact/nl-return-hubs-detention-entry-bans.json";

    @Test
    void withoutTheFlagPendingLawIsNotThere() {
        JsonNode report = json(CliTest.run("", "check", RETURN).out());
        assertThat(report.has("pendingLaw")).isFalse();
        assertThat(report.findValuesAsString("instrument")).doesNotContain("RETURN-REG");
        assertThat(report.findValues("pending")).isEmpty();
        assertThat(report.at("/instrumentsChecked")
                        .valueStream()
                        .map(i -> i.at("/code").asString()))
                .contains("RD")
                .doesNotContain("RETURN-REG");
        assertThat(report.at("/instrumentsNotApplied")
                        .valueStream()
                        .map(i -> i.at("/code").asString()))
                .doesNotContain("RETURN-REG");
    }

    @Test
    void withTheFlagEveryFindingFromPendingLawIsLabelledAndTheReportSaysWhatItAssumed() {
        CliTest.Run r = CliTest.run("", "check", "--with-pending", RETURN);
        JsonNode report = json(r.out());
        assertThat(report.at("/pendingLaw/0/code").asString()).isEqualTo("RETURN-REG");
        assertThat(report.at("/pendingLaw/0/label").asString()).isEqualTo("proposal COM(2025) 101");
        assertThat(report.at("/pendingLaw/0/status").asString()).isEqualTo("PROVISIONALLY_AGREED");
        assertThat(report.at("/pendingLaw/0/replaces/0").asString()).isEqualTo("RD");
        report.at("/findings").valueStream().forEach(f -> {
            boolean fromPending = f.at("/citations")
                    .valueStream()
                    .anyMatch(c -> c.at("/instrument").asString().equals("RETURN-REG"));
            assertThat(f.has("pending")).as(f.at("/norm").asString()).isEqualTo(fromPending);
        });
        assertThat(report.at("/findings").valueStream().filter(f -> f.has("pending")))
                .hasSize(3);
        assertThat(report.at("/instrumentsNotApplied")
                        .valueStream()
                        .filter(i -> i.at("/code").asString().equals("RD"))
                        .map(i -> i.at("/reason").asString()))
                .containsExactly("NO_LONGER_APPLICABLE");
    }

    @Test
    void textHtmlAndXmlLabelPendingFindingsInEnglishAndDutch() {
        String text = CliTest.run("", "check", "--with-pending", "--format", "text", RETURN)
                .out();
        assertThat(text)
                .contains("ROOM_FOR_MANOEUVRE: RETURN-REG Art 17 [pending law: proposal COM(2025) 101]")
                .contains("Pending law assumed (--with-pending; not law on the reference date):");
        String nl = CliTest.run("", "check", "--with-pending", "--format", "text", "--lang", "nl", RETURN)
                .out();
        assertThat(nl)
                .contains("[recht in wording: voorstel COM(2025) 101]")
                .contains("Verondersteld recht in wording");
        String html = CliTest.run("", "check", "--with-pending", "--format", "html", RETURN)
                .out();
        assertThat(html).contains("[pending law: proposal COM(2025) 101]");
        String xml = CliTest.run("", "check", "--with-pending", "--format", "xml", RETURN)
                .out();
        assertThat(xml).contains("pending=\"true\"").contains("<pendingLaw>").contains("<replaces>RD</replaces>");
    }

    @Test
    void aWhatIfWithPendingLawLabelsEachDate() {
        JsonNode whatIf =
                json(CliTest.run("", "check", "--with-pending", "--date", "2026-06-11", "--date", "2026-12-01", RETURN)
                        .out());
        assertThat(whatIf.at("/reports/0/pendingLaw/0/code").asString()).isEqualTo("RETURN-REG");
        assertThat(whatIf.at("/reports/1/pendingLaw/0/code").asString()).isEqualTo("RETURN-REG");
    }

    @Test
    void diffDoesNotTakeTheFlag() {
        assertThat(CliTest.run("", "diff", "--with-pending", RETURN, RETURN).exit())
                .isEqualTo(2);
    }
}
