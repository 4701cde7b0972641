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
import org.lexcheck.knowledge.Language;
import org.lexcheck.proposal.ProposalFormat;

/** The timelines section in every format: XML valid against the schema, text and HTML with the path, Dutch in Dutch. */
class TimelineReportsTest {
    private static final Path EXAMPLE = Path.of("examples/nl-two-status-cumulative-timeline.json");

    private static Report report(Language language) throws Exception {
        return TestSupport.checker().check(Files.readAllBytes(EXAMPLE), ProposalFormat.JSON, null, language);
    }

    @Test
    void theXmlReportWithTimelinesValidates() throws Exception {
        String xml = ReportWriter.write(report(Language.EN), ReportFormat.XML);
        assertThat(xml)
                .contains("<timeline ", "person=\"SUBSIDIARY_PROTECTION\"", "totalMonths=\"39\"", "outcome=\"RISK\"");
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.newSchema(Path.of("src/main/resources/static/schema/report-1.xsd").toFile())
                .newValidator()
                .validate(new StreamSource(new StringReader(xml)));
    }

    @Test
    void jsonTextAndHtmlShowThePathItsMonthsAndTheBound() throws Exception {
        Report en = report(Language.EN);
        var json = TestSupport.json(ReportWriter.write(en, ReportFormat.JSON));
        var sp = json.at("/timelines/1");
        assertThat(sp.at("/person").asString()).isEqualTo("SUBSIDIARY_PROTECTION");
        assertThat(sp.at("/stages/1/measure").asString()).isEqualTo("m2");
        assertThat(sp.at("/bounds/0/finding").asString()).isEqualTo("m2");
        String text = ReportWriter.write(en, ReportFormat.TEXT);
        assertThat(text).contains("Cumulative timelines", "Total: 39 months", "beyond the bound: a risk");
        String html = ReportWriter.write(en, ReportFormat.HTML);
        assertThat(html)
                .contains("<h3>A person granted subsidiary protection", "<th colspan=\"2\">total</th><th>39</th>");
        String nl = ReportWriter.write(report(Language.NL), ReportFormat.TEXT);
        assertThat(nl)
                .contains("Cumulatieve termijnen", "Totaal: 39 maanden", "boven de grens: een risico")
                .contains("Regel: Cumulatieve termijn overschreden");
    }
}
