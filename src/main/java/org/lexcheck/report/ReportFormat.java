package org.lexcheck.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The formats a report is written in, with their media types. */
public enum ReportFormat {
    JSON("application/json"),
    XML("application/xml"),
    HTML("text/html"),
    TEXT("text/plain");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public static List<String> names() {
        return Arrays.stream(values())
                .map(f -> f.name().toLowerCase(Locale.ROOT))
                .toList();
    }

    /** By name as given on the command line (json, xml, html, text); null when unknown. */
    public static ReportFormat byName(String name) {
        return Arrays.stream(values())
                .filter(f -> f.name().equalsIgnoreCase(name))
                .findFirst()
                .orElse(null);
    }
}
