package org.lexcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.lexcheck.api.XmlSchemas;
import org.lexcheck.knowledge.Language;
import org.lexcheck.proposal.ProposalFormat;

/** The published XSDs are those JAXB generates, and real documents validate against them. */
class XmlSchemaTest {
    private static final Path SCHEMAS = Path.of("src/main/resources/static/schema");

    @Test
    void thePublishedReportSchemaMatchesTheBinding() throws Exception {
        assertThat(Files.readString(SCHEMAS.resolve("report-1.xsd")))
                .as("regenerate with: java -cp target/classes:... org.lexcheck.api.XmlSchemas")
                .isEqualTo(XmlSchemas.report());
    }

    @Test
    void theExampleProposalAndItsReportValidate() throws Exception {
        Path example = Path.of("examples/nl-subsidiary-protection-waiting-36-months.xml");
        validate("proposal-1.xsd", Files.readString(example));
        var report = TestSupport.checker().check(Files.readAllBytes(example), ProposalFormat.XML, null, Language.EN);
        validate("report-1.xsd", ReportWriter.write(report, ReportFormat.XML));
    }

    @Test
    void diffsAndWhatIfsValidateAgainstTheReportSchema() throws Exception {
        Path example = Path.of("examples/nl-subsidiary-protection-waiting-36-months.json");
        var checker = TestSupport.checker();
        var proposal = checker.parse(Files.readAllBytes(example), ProposalFormat.JSON);
        var early = checker.check(proposal, java.time.LocalDate.of(2003, 1, 1), Language.EN);
        var late = checker.check(proposal, java.time.LocalDate.of(2027, 1, 1), Language.EN);
        Messages m = new Messages(Language.EN);
        validate("report-1.xsd", ReportWriter.write(ReportDiff.between(early, late), ReportFormat.XML, m));
        validate("report-1.xsd", ReportWriter.write(WhatIf.of(java.util.List.of(early, late)), ReportFormat.XML, m));
    }

    private static void validate(String schema, String xml) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.newSchema(SCHEMAS.resolve(schema).toFile()).newValidator().validate(new StreamSource(new StringReader(xml)));
    }
}
