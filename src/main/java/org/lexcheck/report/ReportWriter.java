package org.lexcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.StringWriter;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lexcheck.knowledge.Language;
import org.lexcheck.report.xml.XmlReport;
import org.lexcheck.report.xml.XmlReportDiff;
import org.lexcheck.report.xml.XmlReports;
import org.lexcheck.report.xml.XmlStateComparison;
import org.lexcheck.report.xml.XmlStateComparisons;
import org.lexcheck.report.xml.XmlWhatIf;
import org.lexcheck.report.xml.XmlWhatIfs;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes reports as JSON, XML (JAXB), HTML or plain text. Stateless and thread-safe. */
public final class ReportWriter {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    /** Built on first use: a JAXB context costs a noticeable part of a command-line start that writes JSON. */
    private static final class Xml {
        static final JAXBContext CONTEXT = create();

        private static JAXBContext create() {
            try {
                return JAXBContext.newInstance(
                        XmlReport.class,
                        XmlReports.class,
                        XmlReportDiff.class,
                        XmlWhatIf.class,
                        XmlWhatIfs.class,
                        XmlStateComparison.class,
                        XmlStateComparisons.class);
            } catch (JAXBException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private ReportWriter() {}

    private static Language language(Report report) {
        return Language.of(report.language()).orElseThrow();
    }

    public static String write(Report report, ReportFormat format) {
        return switch (format) {
            case JSON -> JSON.writeValueAsString(report);
            case XML -> xml(report);
            case HTML -> HtmlReport.render(report, new Messages(language(report)));
            case TEXT -> TextReport.render(report, new Messages(language(report)));
        };
    }

    /** The formats a diff or a what-if is written in: they have no HTML page. An EnumSet, so messages list them in one order. */
    public static final Set<ReportFormat> COMPARISON_FORMATS =
            Collections.unmodifiableSet(EnumSet.of(ReportFormat.JSON, ReportFormat.XML, ReportFormat.TEXT));

    /**
     * Several reports as one document: JSON an array, XML a {@code <reports>} root, HTML one page
     * with an article per report; text one report after the other.
     */
    public static String writeAll(List<Report> reports, ReportFormat format) {
        if (reports.size() == 1) return write(reports.get(0), format);
        return switch (format) {
            case JSON -> JSON.writeValueAsString(reports);
            case XML -> marshal(XmlReports.of(reports));
            case HTML -> htmlPage(reports);
            case TEXT ->
                String.join("\n", reports.stream().map(r -> write(r, format)).toList()) + "\n";
        };
    }

    /**
     * One page: the head (style) of the first report's page, each report's body in an article.
     * Assembled from the single pages so that HtmlReport stays the one place that renders a report.
     */
    private static String htmlPage(List<Report> reports) {
        StringBuilder page = new StringBuilder();
        for (Report r : reports) {
            String single = write(r, ReportFormat.HTML);
            int bodyStart = single.indexOf("<body>") + "<body>".length();
            if (page.isEmpty()) {
                String ids = String.join(
                        ", ", reports.stream().map(x -> x.proposal().id()).toList());
                page.append(single, 0, bodyStart).append('\n');
                int t0 = page.indexOf("<title>") + "<title>".length();
                page.replace(t0, page.indexOf("</title>"), HtmlUtils.htmlEscape(ids));
            }
            page.append("<article>")
                    .append(single, bodyStart, single.lastIndexOf("</body>"))
                    .append("</article>\n");
        }
        return page.append("</body></html>\n").toString();
    }

    public static JsonMapper json() {
        return JSON;
    }

    private static String xml(Report report) {
        return marshal(XmlReport.of(report));
    }

    /** A diff of two reports as JSON, XML or text; HTML is refused rather than answered as text. */
    public static String write(ReportDiff diff, ReportFormat format, Messages messages) {
        return switch (format) {
            case XML -> marshal(XmlReportDiff.of(diff));
            case TEXT -> diff.toText(messages);
            case JSON -> JSON.writeValueAsString(diff);
            case HTML -> throw new IllegalArgumentException("a diff has no HTML form; allowed: " + COMPARISON_FORMATS);
        };
    }

    /** One proposal on several dates as JSON, XML or text; HTML is refused rather than answered as text. */
    public static String write(WhatIf whatIf, ReportFormat format, Messages messages) {
        return switch (format) {
            case XML -> marshal(XmlWhatIf.of(whatIf));
            case TEXT -> whatIf.toText(messages);
            case JSON -> JSON.writeValueAsString(whatIf);
            case HTML ->
                throw new IllegalArgumentException("a what-if has no HTML form; allowed: " + COMPARISON_FORMATS);
        };
    }

    /** Several what-ifs (one per file) as one document: a JSON array, an XML {@code <whatIfs>} root, or text. */
    public static String writeAll(List<WhatIf> whatIfs, ReportFormat format, Messages messages) {
        if (whatIfs.size() == 1) return write(whatIfs.get(0), format, messages);
        return switch (format) {
            case JSON -> JSON.writeValueAsString(whatIfs);
            case XML -> marshal(XmlWhatIfs.of(whatIfs));
            case TEXT ->
                String.join("", whatIfs.stream().map(w -> w.toText(messages)).toList());
            case HTML ->
                throw new IllegalArgumentException("a what-if has no HTML form; allowed: " + COMPARISON_FORMATS);
        };
    }

    /** One proposal for several states side by side, in any of the four formats. */
    public static String write(StateComparison comparison, ReportFormat format, Messages messages) {
        return switch (format) {
            case JSON -> JSON.writeValueAsString(comparison);
            case XML -> marshal(XmlStateComparison.of(comparison));
            case HTML -> ComparisonRendering.html(comparison, messages);
            case TEXT -> ComparisonRendering.text(comparison, messages);
        };
    }

    /** Several files, each compared across the same states: a JSON array, an XML {@code <comparisons>} root, one HTML page, or text. */
    public static String writeComparisons(List<StateComparison> comparisons, ReportFormat format, Messages messages) {
        if (comparisons.size() == 1) return write(comparisons.get(0), format, messages);
        return switch (format) {
            case JSON -> JSON.writeValueAsString(comparisons);
            case XML -> marshal(XmlStateComparisons.of(comparisons));
            case TEXT ->
                String.join(
                        "\n",
                        comparisons.stream()
                                .map(c -> write(c, format, messages))
                                .toList());
            case HTML -> {
                StringBuilder page = new StringBuilder();
                for (StateComparison c : comparisons) {
                    String single = write(c, format, messages);
                    int bodyStart = single.indexOf("<body>") + "<body>".length();
                    if (page.isEmpty()) page.append(single, 0, bodyStart).append('\n');
                    page.append("<article>")
                            .append(single, bodyStart, single.lastIndexOf("</body>"))
                            .append("</article>\n");
                }
                yield page.append("</body></html>\n").toString();
            }
        };
    }

    private static String marshal(Object root) {
        try {
            Marshaller m = Xml.CONTEXT.createMarshaller();
            m.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            m.setProperty(Marshaller.JAXB_SCHEMA_LOCATION, "urn:lexcheck:report:1 /schema/report-1.xsd");
            StringWriter out = new StringWriter();
            m.marshal(root, out);
            return out.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
    }

    /** The JAXB context of the report namespace: reports, diffs, what-ifs and states side by side. */
    public static JAXBContext xmlContext() {
        return Xml.CONTEXT;
    }
}
