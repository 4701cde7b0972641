package org.lexcheck.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.lexcheck.report.Report;
import org.lexcheck.report.ReportWriter;
import org.lexcheck.report.StateComparison;
import org.lexcheck.report.WhatIf;
import org.lexcheck.store.StoredReport;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stored check read back for the page: its JSON document as the report, the states side by
 * side or the what-if it is; a document in another format (a check asked for on the API as XML,
 * text or HTML) is {@code OTHER} and offered as it was stored.
 */
public final class StoredCheck {
    public enum Kind {
        REPORT,
        WHAT_IF,
        STATES,
        OTHER
    }

    private static final JsonMapper JSON = ReportWriter.json()
            .rebuild()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final StoredReport stored;
    private final Kind kind;
    private final Report report;
    private final WhatIf whatIf;
    private final StateComparison comparison;

    private StoredCheck(StoredReport stored, Kind kind, Report report, WhatIf whatIf, StateComparison comparison) {
        this.stored = stored;
        this.kind = kind;
        this.report = report;
        this.whatIf = whatIf;
        this.comparison = comparison;
    }

    public static StoredCheck of(StoredReport stored) {
        if (stored.reportMediaType() == null || !stored.reportMediaType().startsWith("application/json"))
            return new StoredCheck(stored, Kind.OTHER, null, null, null);
        try {
            String text = new String(stored.report(), StandardCharsets.UTF_8);
            JsonNode tree = JSON.readTree(text);
            if (tree.has("reports") && tree.has("changes"))
                return new StoredCheck(stored, Kind.WHAT_IF, null, JSON.readValue(text, WhatIf.class), null);
            if (tree.has("states") && tree.has("measures"))
                return new StoredCheck(stored, Kind.STATES, null, null, JSON.readValue(text, StateComparison.class));
            if (tree.has("summary") && tree.has("findings"))
                return new StoredCheck(stored, Kind.REPORT, JSON.readValue(text, Report.class), null, null);
        } catch (RuntimeException e) {
            // not a document the page can draw: offered as stored
        }
        return new StoredCheck(stored, Kind.OTHER, null, null, null);
    }

    public StoredReport stored() {
        return stored;
    }

    public Kind kind() {
        return kind;
    }

    public Report report() {
        return report;
    }

    public WhatIf whatIf() {
        return whatIf;
    }

    public StateComparison comparison() {
        return comparison;
    }

    /** The report a comparison of two stored checks holds against the other: the report, or a what-if's first date. */
    public Report primary() {
        if (report != null) return report;
        if (whatIf != null && !whatIf.reports().isEmpty())
            return whatIf.reports().get(0);
        return null;
    }

    /** The states it was checked for, first the reference state. */
    public List<String> states() {
        if (comparison != null)
            return comparison.states().stream()
                    .map(StateComparison.StateColumn::jurisdiction)
                    .toList();
        return List.of(stored.jurisdiction());
    }

    /** The language its document is written in ("en" when unknown). */
    public String language() {
        if (report != null) return report.language();
        if (comparison != null) return comparison.language();
        if (whatIf != null && !whatIf.reports().isEmpty())
            return whatIf.reports().get(0).language();
        return "en";
    }
}
