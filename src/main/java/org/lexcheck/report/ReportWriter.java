package org.lexcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.StringWriter;
import java.util.List;
import org.lexcheck.report.xml.XmlReport;
import org.lexcheck.report.xml.XmlReportDiff;
import org.lexcheck.report.xml.XmlWhatIf;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes reports as JSON, XML (JAXB), HTML or plain text. Stateless and thread-safe. */
public final class ReportWriter {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();
    private static final JAXBContext XML = xmlContext();

    private ReportWriter() {}

    public static String write(Report report, ReportFormat format) {
        return switch (format) {
            case JSON -> JSON.writeValueAsString(report);
            case XML -> xml(report);
            case HTML -> HtmlReport.render(report, new Messages(report.language()));
            case TEXT -> TextReport.render(report, new Messages(report.language()));
        };
    }

    /** Several reports: JSON as an array, the other formats one after the other. */
    public static String writeAll(List<Report> reports, ReportFormat format) {
        if (reports.size() == 1) return write(reports.get(0), format);
        if (format == ReportFormat.JSON) return JSON.writeValueAsString(reports);
        StringBuilder out = new StringBuilder();
        for (Report r : reports) out.append(write(r, format)).append('\n');
        return out.toString();
    }

    public static JsonMapper json() {
        return JSON;
    }

    private static String xml(Report report) {
        return marshal(XmlReport.of(report));
    }

    /** A diff of two reports as JSON, XML or text. */
    public static String write(ReportDiff diff, ReportFormat format, Messages messages) {
        return switch (format) {
            case XML -> marshal(XmlReportDiff.of(diff));
            case TEXT, HTML -> diff.toText(messages);
            case JSON -> JSON.writeValueAsString(diff);
        };
    }

    /** One proposal on several dates as JSON, XML or text. */
    public static String write(WhatIf whatIf, ReportFormat format, Messages messages) {
        return switch (format) {
            case XML -> marshal(XmlWhatIf.of(whatIf));
            case TEXT, HTML -> whatIf.toText(messages);
            case JSON -> JSON.writeValueAsString(whatIf);
        };
    }

    private static String marshal(Object root) {
        try {
            Marshaller m = XML.createMarshaller();
            m.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            m.setProperty(Marshaller.JAXB_SCHEMA_LOCATION, "urn:lexcheck:report:1 /schema/report-1.xsd");
            StringWriter out = new StringWriter();
            m.marshal(root, out);
            return out.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
    }

    /** The JAXB context of the report namespace: reports, diffs and what-ifs. */
    public static JAXBContext xmlContext() {
        try {
            return XML == null ? JAXBContext.newInstance(XmlReport.class, XmlReportDiff.class, XmlWhatIf.class) : XML;
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }
}
