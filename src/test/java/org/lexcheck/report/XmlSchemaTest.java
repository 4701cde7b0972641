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
import org.lexcheck.proposal.ProposalFormat;

/** The published XSDs are those JAXB generates, and real documents validate against them. */
class XmlSchemaTest {
    private static final Path SCHEMAS = Path.of("src/main/resources/static/schema");

    @Test
    void publishedSchemasMatchTheBindings() throws Exception {
        assertThat(Files.readString(SCHEMAS.resolve("proposal-1.xsd")))
                .as("regenerate with: java -cp target/classes:... org.lexcheck.api.XmlSchemas").isEqualTo(XmlSchemas.proposal());
        assertThat(Files.readString(SCHEMAS.resolve("report-1.xsd"))).isEqualTo(XmlSchemas.report());
    }

    @Test
    void theExampleProposalAndItsReportValidate() throws Exception {
        Path example = Path.of("examples/nl-subsidiary-protection-waiting-36-months.xml");
        validate("proposal-1.xsd", Files.readString(example));
        var report = TestSupport.checker().check(Files.readAllBytes(example), ProposalFormat.XML, null, "en");
        validate("report-1.xsd", ReportWriter.write(report, ReportFormat.XML));
    }

    private static void validate(String schema, String xml) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.newSchema(SCHEMAS.resolve(schema).toFile()).newValidator().validate(new StreamSource(new StringReader(xml)));
    }
}
