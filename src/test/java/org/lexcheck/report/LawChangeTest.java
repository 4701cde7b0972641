package org.lexcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.lexcheck.knowledge.Language;
import org.lexcheck.knowledge.Successions;
import org.lexcheck.proposal.ProposalFormat;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What changed in the law since a stored check. The earlier answer is today's report as an
 * earlier version might have given it (other versions, the ECHR conflict missing, the CRC finding
 * a CONFLICT), so that the test needs no second build of the law.
 */
class LawChangeTest {

    private static Report today() throws Exception {
        return TestSupport.checker()
                .check(
                        Files.readAllBytes(Path.of("examples/nl-subsidiary-protection-waiting-36-months.json")),
                        ProposalFormat.JSON,
                        LocalDate.parse("2026-12-01"),
                        Language.EN);
    }

    private static Report earlier(Report now) {
        var mapper = ReportWriter.json();
        ObjectNode tree = (ObjectNode) mapper.valueToTree(now);
        ((ObjectNode) tree.get("provenance")).put("rulesVersion", "0123456789ab");
        ArrayNode findings = (ArrayNode) tree.get("findings");
        for (int i = findings.size() - 1; i >= 0; i--) {
            ObjectNode f = (ObjectNode) findings.get(i);
            if (f.get("norm").asString().endsWith("echr-8-fr-waiting-period")) findings.remove(i);
            else if (f.get("norm").asString().endsWith("crc-3-10-family-reunification")) f.put("kind", "CONFLICT");
        }
        return mapper.treeToValue(tree, Report.class);
    }

    @Test
    void findingsThatAppearOrChangeSinceAnEarlierVersionAreNamedWithBothVersions() throws Exception {
        Report now = today();
        Report then = earlier(now);
        LawChange change = LawChange.of("a", "b", then.provenance(), List.of(then), List.of(now), Successions.NONE);
        assertThat(change.lawChanged()).isTrue();
        assertThat(change.before().rulesVersion()).isEqualTo("0123456789ab");
        assertThat(change.after()).isEqualTo(now.provenance());
        ReportDiff diff = change.changes().get(0);
        assertThat(diff.appeared())
                .extracting(ReportFinding::norm)
                .singleElement()
                .asString()
                .endsWith("echr-8-fr-waiting-period");
        assertThat(diff.changed()).singleElement().satisfies(c -> {
            assertThat(c.norm()).endsWith("crc-3-10-family-reunification");
            assertThat(c.from()).hasToString("CONFLICT");
            assertThat(c.to()).hasToString("RISK");
        });
        assertThat(diff.resolvedConflicts()).hasSize(1);
        String text = change.toText(new Messages(Language.NL));
        assertThat(text)
                .startsWith("Het recht is gewijzigd sinds opgeslagen toetsing a (regels 0123456789ab")
                .contains("+ CONFLICT m1", "~ CONFLICT -> RISK m1");
    }

    @Test
    void theSameVersionChangesNothingAndAPairForAnotherDateIsRefused() throws Exception {
        Report now = today();
        LawChange same = LawChange.of("a", "b", now.provenance(), List.of(now), List.of(now), Successions.NONE);
        assertThat(same.lawChanged()).isFalse();
        assertThat(same.changes().get(0).appeared()).isEmpty();
        assertThat(same.changes().get(0).changed()).isEmpty();
        var mapper = ReportWriter.json();
        ObjectNode tree = (ObjectNode) mapper.valueToTree(now);
        tree.put("referenceDate", "2027-01-01");
        Report otherDate = mapper.treeToValue(tree, Report.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        LawChange.of("a", "b", now.provenance(), List.of(otherDate), List.of(now), Successions.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
