package org.lexcheck.api;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.SchemaOutputResolver;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.Result;
import javax.xml.transform.stream.StreamResult;
import org.lexcheck.report.xml.XmlReport;

/**
 * Generates the XML schema of the report format from its JAXB binding. The published copy in
 * {@code static/schema/report-1.xsd} is checked against this by a test, so it cannot drift;
 * regenerate it with {@code XmlSchemas.main}. The proposal schema is written by hand: it must
 * say more than a binding can (required values, lengths, patterns, dates).
 */
public final class XmlSchemas {
    private XmlSchemas() {}

    /** The report namespace: {@code <report>}, {@code <reports>}, {@code <diff>}, {@code <whatIf>} and {@code <whatIfs>}. */
    public static String report() {
        return generate(
                XmlReport.class,
                org.lexcheck.report.xml.XmlReports.class,
                org.lexcheck.report.xml.XmlReportDiff.class,
                org.lexcheck.report.xml.XmlWhatIf.class,
                org.lexcheck.report.xml.XmlWhatIfs.class,
                org.lexcheck.report.xml.XmlStateComparison.class,
                org.lexcheck.report.xml.XmlStateComparisons.class);
    }

    private static String generate(Class<?>... roots) {
        try {
            List<StringWriter> outputs = new ArrayList<>();
            JAXBContext.newInstance(roots).generateSchema(new SchemaOutputResolver() {
                @Override
                public Result createOutput(String namespaceUri, String suggestedFileName) {
                    StringWriter w = new StringWriter();
                    outputs.add(w);
                    StreamResult r = new StreamResult(w);
                    r.setSystemId(suggestedFileName);
                    return r;
                }
            });
            return outputs.get(0).toString();
        } catch (JAXBException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the report schema to {@code src/main/resources/static/schema/}. */
    public static void main(String[] args) throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("src/main/resources/static/schema");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.writeString(dir.resolve("report-1.xsd"), report());
    }
}
