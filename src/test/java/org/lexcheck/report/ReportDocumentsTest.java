package org.lexcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.lexcheck.knowledge.Language;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.system.Checker;

/** Several reports make one document, and diffs and what-ifs name the one version they come from. */
class ReportDocumentsTest {
    private static final Path EXAMPLE = Path.of("examples/nl-subsidiary-protection-waiting-36-months.json");

    private static List<Report> twoReports() throws Exception {
        Checker.Pinned pinned = TestSupport.checker().pin();
        var proposal = pinned.parse(Files.readAllBytes(EXAMPLE), ProposalFormat.JSON);
        return List.of(
                pinned.check(proposal, LocalDate.of(2026, 6, 11), Language.EN, false),
                pinned.check(proposal, LocalDate.of(2027, 1, 1), Language.EN, false));
    }

    @Test
    void severalReportsInXmlAreOneDocumentTheSchemaDescribes() throws Exception {
        String xml = ReportWriter.writeAll(twoReports(), ReportFormat.XML);
        assertThat(xml).containsOnlyOnce("<?xml").contains("<reports ");
        validate(xml);
    }

    @Test
    void severalReportsInHtmlAreOnePage() throws Exception {
        String html = ReportWriter.writeAll(twoReports(), ReportFormat.HTML);
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .containsOnlyOnce("<!DOCTYPE html>")
                .containsOnlyOnce("<html")
                .containsOnlyOnce("</html>")
                .containsOnlyOnce("<body>")
                .containsOnlyOnce("</body>");
        assertThat(html.split("<article>", -1)).hasSize(3);
    }

    @Test
    void whatIfsAndDiffsCarryTheirProvenanceInJsonAndXml() throws Exception {
        List<Report> reports = twoReports();
        WhatIf whatIf = WhatIf.of(reports);
        assertThat(whatIf.provenance()).isEqualTo(reports.get(0).provenance());
        assertThat(whatIf.changes().get(0).provenance())
                .isEqualTo(reports.get(0).provenance());
        Messages en = new Messages(Language.EN);
        assertThat(ReportWriter.write(whatIf, ReportFormat.JSON, en)).contains("\"provenance\"");
        String xml = ReportWriter.write(whatIf, ReportFormat.XML, en);
        validate(xml);
        assertThat(xml.split("<provenance ", -1)).hasSize(2 + 1 + 1 + 1);
        validate(ReportWriter.writeAll(List.of(whatIf, whatIf), ReportFormat.XML, en));
        assertThatThrownBy(() -> ReportWriter.write(whatIf, ReportFormat.HTML, en))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsOfTwoVersionsAreNotCompared() throws Exception {
        List<Report> reports = twoReports();
        Report old = reports.get(0);
        Report reloaded = new Report(
                old.proposal(),
                old.jurisdiction(),
                old.referenceDate(),
                old.language(),
                old.summary(),
                old.measures(),
                old.findings(),
                old.effectiveLimits(),
                old.options(),
                old.obligations(),
                old.alternatives(),
                old.assumptions(),
                old.instrumentsChecked(),
                old.instrumentsNotApplied(),
                old.timelines(),
                old.execution(),
                old.pendingLaw(),
                new Report.Provenance(
                        "other-rules",
                        old.provenance().ontologyVersion(),
                        old.provenance().engineVersion()));
        assertThatThrownBy(() -> ReportDiff.between(old, reloaded)).hasMessageContaining("different versions");
        assertThatThrownBy(() -> WhatIf.of(List.of(old, reloaded))).hasMessageContaining("different versions");
    }

    @Test
    void aPinnedCheckerKeepsItsVersionWhenAnotherIsSwappedIn() {
        Checker checker = TestSupport.checker();
        var before = checker.current();
        Checker.Pinned pinned = checker.pin();
        var other = new org.lexcheck.system.LoadedVersion(
                before.knowledge(), before.rules(), before.engine(), before.validator(), before.reports());
        try {
            checker.swap(other);
            assertThat(pinned.version()).isSameAs(before);
            assertThat(checker.pin().version()).isSameAs(other);
        } finally {
            checker.swap(before);
        }
    }

    private static void validate(String xml) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.newSchema(Path.of("src/main/resources/static/schema/report-1.xsd").toFile())
                .newValidator()
                .validate(new StreamSource(new StringReader(xml)));
    }
}
