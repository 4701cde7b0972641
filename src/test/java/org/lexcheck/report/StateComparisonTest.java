package org.lexcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexcheck.TestSupport.json;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.lexcheck.knowledge.Language;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.system.Checker;
import tools.jackson.databind.JsonNode;

/** States side by side: one proposal checked for several states, and why a cell differs from the first state. */
class StateComparisonTest {
    private static final LocalDate PACT = LocalDate.of(2026, 12, 1);
    private final Checker.Pinned checker = TestSupport.checker().pin();

    private StateComparison compare(String example, String states, LocalDate date, Language language) throws Exception {
        var proposal = checker.parse(Files.readAllBytes(Path.of("examples", example + ".json")), ProposalFormat.JSON);
        return checker.compare(proposal, "jurisdictions", states, date, language);
    }

    @Test
    void theDutchExamplesForNlDkIeAndBeRenderInAllFourFormats() throws Exception {
        List<Path> dutch;
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            dutch = files.filter(p -> p.getFileName().toString().matches("nl-.*\\.json"))
                    .sorted()
                    .toList();
        }
        assertThat(dutch).hasSizeGreaterThanOrEqualTo(12);
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(
                        Path.of("src/main/resources/static/schema/report-1.xsd").toFile());
        for (Path file : dutch) {
            String name = file.getFileName().toString().replace(".json", "");
            StateComparison c = compare(name, "NL,DK,IE,BE", PACT, Language.EN);
            assertThat(c.states())
                    .extracting(StateComparison.StateColumn::jurisdiction)
                    .containsExactly("NL", "DK", "IE", "BE");
            for (StateComparison.MeasureRow row : c.measures()) {
                assertThat(row.cells()).hasSize(4);
                assertThat(row.cells().get(0).differences())
                        .as("the first state is the reference")
                        .isNull();
                for (StateComparison.Cell cell : row.cells()) {
                    if (cell.verdictDiffers() == null) continue;
                    assertThat(cell.differences())
                            .as("%s %s %s", name, row.measure(), cell.jurisdiction())
                            .isNotEmpty();
                }
            }
            Messages m = new Messages(Language.EN);
            JsonNode json = json(ReportWriter.write(c, ReportFormat.JSON, m));
            assertThat(json.get("measures").size()).isEqualTo(c.measures().size());
            schema.newValidator()
                    .validate(new StreamSource(new StringReader(ReportWriter.write(c, ReportFormat.XML, m))));
            String html = ReportWriter.write(c, ReportFormat.HTML, m);
            assertThat(html).startsWith("<!DOCTYPE html>").contains("<table>", "<th scope=\"col\">DK</th>");
            assertThat(ReportWriter.write(c, ReportFormat.TEXT, m))
                    .startsWith("States side by side: " + c.proposal().id())
                    .containsPattern("(?m)^Overall verdict +\\S+ +\\S+ +\\S+ +\\S+$");
        }
    }

    @Test
    void theFamilyReunificationDirectiveBindsTheNetherlandsAndNotDenmarkOrIreland() throws Exception {
        StateComparison c = compare("nl-2025-two-status-system", "NL,DK,IE,BE", PACT, Language.EN);
        StateComparison.MeasureRow waiting = c.measures().get(0);
        assertThat(waiting.type()).isEqualTo("FR_WAITING_PERIOD");
        StateComparison.Cell dk = waiting.cells().get(1);
        assertThat(dk.differences()).anySatisfy(d -> {
            assertThat(d.instrument()).isEqualTo("FRD");
            assertThat(d.appliedIn()).isEqualTo("NL");
            assertThat(d.notAppliedIn()).isEqualTo("DK");
            assertThat(d.reason()).isEqualTo(org.lexcheck.assessment.InstrumentStatus.Status.NOT_BINDING);
            assertThat(d.text()).isEqualTo("FRD binds NL, not DK");
        });
        assertThat(waiting.cells().get(2).differences())
                .extracting(StateComparison.Difference::text)
                .contains("FRD binds NL, not IE");
        assertThat(waiting.cells().get(3).verdictDiffers())
                .as("Belgium is bound as the Netherlands are")
                .isNull();
    }

    @Test
    void aVerdictThatDiffersSaysWhyAndTheDutchTextIsDutch() throws Exception {
        StateComparison c = compare("nl-2025-asylum-emergency-measures-act", "NL,DK,IE", PACT, Language.NL);
        StateComparison.MeasureRow permit = c.measures().get(0);
        assertThat(permit.type()).isEqualTo("ST_RESIDENCE_PERMIT_DURATION");
        StateComparison.Cell dk = permit.cells().get(1);
        assertThat(dk.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
        assertThat(dk.verdictDiffers()).isTrue();
        assertThat(dk.differences())
                .extracting(StateComparison.Difference::text)
                .contains("Kwalificatieverordening bindt NL, niet DK");
        String text = ReportWriter.write(c, ReportFormat.TEXT, new Messages(Language.NL));
        assertThat(text).startsWith("Staten naast elkaar: ").contains("niet beoordeeld*", "Waarom oordelen");
    }

    @Test
    void twoMemberStatesBoundByTheSameDirectivesAgreeCellByCell() throws Exception {
        // Before the Pact (12 June 2026) the FRD, the APD and the QD bind both the Netherlands and Belgium.
        StateComparison c = compare("nl-2025-two-status-system", "NL,BE", LocalDate.of(2026, 6, 1), Language.EN);
        assertThat(c.measures())
                .allSatisfy(
                        row -> assertThat(row.cells().get(1).verdictDiffers()).isNull());
    }
}
