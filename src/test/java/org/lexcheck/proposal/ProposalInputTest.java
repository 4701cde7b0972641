package org.lexcheck.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;

/** Input that would be lost, rounded or passed on unsafely is refused the same way in JSON, YAML and XML. */
class ProposalInputTest {

    private static Proposal parse(String text, ProposalFormat format) {
        return TestSupport.checker()
                .current()
                .validator()
                .validate(ProposalReader.readTree(text.getBytes(StandardCharsets.UTF_8), format));
    }

    private static void refused(String text, ProposalFormat format, String field, String message) {
        assertThatThrownBy(() -> parse(text, format))
                .isInstanceOf(InvalidProposalException.class)
                .satisfies(e -> assertThat(((InvalidProposalException) e).field())
                        .as(text)
                        .isEqualTo(field))
                .hasMessageContaining(message);
    }

    private static String json(String months, String title) {
        return "{\"jurisdiction\":\"NL\",\"title\":\"" + title
                + "\",\"measures\":[{\"id\":\"m1\",\"type\":\"FR_WAITING_PERIOD\","
                + "\"targetGroups\":[\"REFUGEE\"],\"parameters\":{\"months\":" + months + "}}]}";
    }

    private static String yaml(String months, String title) {
        return "jurisdiction: NL\ntitle: \"" + title
                + "\"\nmeasures:\n  - id: m1\n    type: FR_WAITING_PERIOD\n    targetGroups: [REFUGEE]\n"
                + "    parameters: {months: " + months + "}\n";
    }

    private static String xml(String months, String title) {
        return "<proposal xmlns=\"urn:lexcheck:proposal:1\" jurisdiction=\"NL\"><title>" + title + "</title>"
                + "<measure id=\"m1\" type=\"FR_WAITING_PERIOD\"><targetGroup>REFUGEE</targetGroup>"
                + "<parameter name=\"months\">" + months + "</parameter></measure></proposal>";
    }

    @Test
    void numbersBeyondDoubleOrTheParameterRangeAreRefusedNotRoundedOrClamped() {
        String field = "measures[0].parameters.months";
        for (String n : new String[] {"1e400", "9223372036854776000", "1000000000.5", "-1"}) {
            refused(json(n, "t"), ProposalFormat.JSON, field, "must be between 0 and 1000000000 (months)");
            refused(yaml(n, "t"), ProposalFormat.YAML, field, "must be between 0 and 1000000000 (months)");
            refused(xml(n, "t"), ProposalFormat.XML, field, "must be between 0 and 1000000000 (months)");
        }
        assertThat(parse(json("1000000000", "t"), ProposalFormat.JSON)
                        .measures()
                        .get(0)
                        .parameters()
                        .get("months")
                        .toString())
                .isEqualTo("1000000000");
        assertThat(parse(json("2.5", "t"), ProposalFormat.JSON)
                        .measures()
                        .get(0)
                        .parameters()
                        .get("months")
                        .toString())
                .isEqualTo("2.5");
    }

    @Test
    void controlCharactersInTextsAreRefusedNamingTheField() {
        refused(json("12", "red \\u001b[31m"), ProposalFormat.JSON, "title", "control character U+001B");
        refused(yaml("12", "red \\e[31m"), ProposalFormat.YAML, "title", "control character U+001B");
        refused(xml("12", "red \u009b31m"), ProposalFormat.XML, "title", "");
        refused(json("12", "bell \\u0007"), ProposalFormat.JSON, "title", "U+0007");
        assertThat(parse(json("12", "two\\nlines\\tand a tab"), ProposalFormat.JSON)
                        .title())
                .isEqualTo("two\nlines\tand a tab");
    }

    @Test
    void textsOver64KiBAreRefusedInEveryFormat() {
        String title = "x".repeat(64 * 1024 + 1);
        refused(json("12", title), ProposalFormat.JSON, "title", "longer than 65536");
        refused(yaml("12", title), ProposalFormat.YAML, "title", "longer than 65536");
        refused(xml("12", title), ProposalFormat.XML, "title", "65536");
    }

    @Test
    void yamlAliasesAreRefusedRatherThanReadAsTheAnchorName() {
        String alias =
                "jurisdiction: NL\nmeasures:\n  - id: m1\n    type: FR_WAITING_PERIOD\n    targetGroups: [&g REFUGEE, *g]\n";
        refused(alias, ProposalFormat.YAML, "measures[0].targetGroups[1]", "YAML aliases");
    }

    @Test
    void aMisspeltXmlParameterIsRefusedNotDropped() {
        refused(
                xml("12", "t")
                        .replace(
                                "<parameter name=\"months\">12</parameter>", "<paramter name=\"months\">12</paramter>"),
                ProposalFormat.XML,
                "measures[0].paramter",
                "paramter");
    }
}
