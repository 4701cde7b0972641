package org.lexcheck.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.lexcheck.knowledge.Language;
import org.lexcheck.knowledge.Successions;
import org.lexcheck.report.Messages;
import org.lexcheck.report.Report;
import org.lexcheck.report.ReportDiff;
import org.lexcheck.report.ReportWriter;
import org.lexcheck.report.StateComparison;
import org.lexcheck.report.WhatIf;
import org.lexcheck.store.StoredReport;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stored check read back for the page: its reports (the findings the archive keeps as JSON, one
 * per state or date, whatever format the document was answered in) and what they make: one
 * report, a what-if with what changes from date to date, or the states side by side. A check
 * stored before the archive kept its findings is read from its JSON document where it has one;
 * otherwise it is {@code OTHER} and offered as stored.
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
    private final List<Report> reports;
    private final StateComparison comparison;
    private final List<ReportDiff> changes;

    private StoredCheck(
            StoredReport stored,
            Kind kind,
            List<Report> reports,
            StateComparison comparison,
            List<ReportDiff> changes) {
        this.stored = stored;
        this.kind = kind;
        this.reports = List.copyOf(reports);
        this.comparison = comparison;
        this.changes = List.copyOf(changes);
    }

    static StoredCheck of(StoredReport stored, List<Report> reports, Successions successions) {
        if (reports.isEmpty()) return fromDocument(stored, successions);
        if (stored.parameters().containsKey("dates"))
            return new StoredCheck(
                    stored,
                    Kind.WHAT_IF,
                    reports,
                    null,
                    WhatIf.of(reports, successions).changes());
        if (stored.parameters().containsKey("jurisdictions")) {
            Language language = Language.of(reports.get(0).language()).orElse(Language.EN);
            return new StoredCheck(
                    stored, Kind.STATES, reports, StateComparison.of(reports, new Messages(language)), List.of());
        }
        return new StoredCheck(stored, Kind.REPORT, reports, null, List.of());
    }

    /** A check stored without its findings: its JSON document, if it is one the page can draw. */
    private static StoredCheck fromDocument(StoredReport stored, Successions successions) {
        if (stored.reportMediaType() != null && stored.reportMediaType().startsWith("application/json")) {
            try {
                String text = new String(stored.report(), StandardCharsets.UTF_8);
                JsonNode tree = JSON.readTree(text);
                if (tree.has("reports") && tree.has("changes")) {
                    WhatIf w = JSON.readValue(text, WhatIf.class);
                    return new StoredCheck(stored, Kind.WHAT_IF, w.reports(), null, w.changes());
                }
                if (tree.has("states") && tree.has("measures"))
                    return new StoredCheck(
                            stored, Kind.STATES, List.of(), JSON.readValue(text, StateComparison.class), List.of());
                if (tree.has("summary") && tree.has("findings"))
                    return new StoredCheck(
                            stored, Kind.REPORT, List.of(JSON.readValue(text, Report.class)), null, List.of());
            } catch (RuntimeException e) {
                // not a document the page can draw: offered as stored
            }
        }
        return new StoredCheck(stored, Kind.OTHER, List.of(), null, List.of());
    }

    public StoredReport stored() {
        return stored;
    }

    public Kind kind() {
        return kind;
    }

    /** One report per state or date, in the order asked. */
    public List<Report> reports() {
        return reports;
    }

    public StateComparison comparison() {
        return comparison;
    }

    /** For states side by side: whether any cell differs from the first state's, with why. */
    public boolean statesDiffer() {
        return comparison != null
                && comparison.measures().stream()
                        .flatMap(row -> row.cells().stream())
                        .anyMatch(cell -> cell.differences() != null
                                && !cell.differences().isEmpty());
    }

    /** For a what-if: what changes from each date to the next. */
    public List<ReportDiff> changes() {
        return changes;
    }

    /** The first report: what a comparison of two single-report checks holds against each other. */
    public Report primary() {
        return reports.isEmpty() ? null : reports.get(0);
    }

    /** The language its reports are written in ("en" when unknown). */
    public String language() {
        if (!reports.isEmpty()) return reports.get(0).language();
        if (comparison != null) return comparison.language();
        return stored.parameters().getOrDefault("lang", "en");
    }
}
