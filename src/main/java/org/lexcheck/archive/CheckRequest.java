package org.lexcheck.archive;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lexcheck.knowledge.Language;
import org.lexcheck.proposal.InvalidProposalException;
import org.lexcheck.report.ReportFormat;

/**
 * What a check was asked, besides the proposal: one date (or none: the proposal's entry into
 * force, else today), several dates (what-if), or several states side by side on one date; the
 * language, whether to explain, whether to assume pending law, and the format of the answer.
 * Kept with a stored check as {@link #parameters()} so that it can be asked again.
 */
public record CheckRequest(
        LocalDate date,
        List<LocalDate> dates,
        String jurisdictions,
        Language language,
        boolean explain,
        boolean withPending,
        ReportFormat output) {

    /** The three shapes of an answer. */
    public enum Mode {
        /** One report for the proposal's state on one date. */
        REPORT("report"),
        /** One report per date, with what changes from each date to the next. */
        WHAT_IF("whatif"),
        /** One report per state on one date, side by side. */
        STATES("comparison");

        private final String metric;

        Mode(String metric) {
            this.metric = metric;
        }

        /** The kind under which the service counts and times such checks. */
        public String metric() {
            return metric;
        }
    }

    public CheckRequest {
        if (dates != null && date != null)
            throw new InvalidProposalException(
                    "dates",
                    "cannot be combined with date: give one date as date=D or several as dates=D1,D2",
                    List.of("date", "dates"));
        if (dates != null && jurisdictions != null)
            throw new InvalidProposalException(
                    "jurisdictions",
                    "cannot be combined with dates: states are compared on one date",
                    List.of("date", "jurisdictions"));
        if (dates != null) dates = List.copyOf(dates);
        if (language == null) language = Language.EN;
        if (output == null) output = ReportFormat.JSON;
    }

    public Mode mode() {
        if (dates != null) return Mode.WHAT_IF;
        if (jurisdictions != null) return Mode.STATES;
        return Mode.REPORT;
    }

    /** The request as named parameters, as the REST API takes them (the format is the answer's media type). */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        if (date != null) p.put("date", date.toString());
        if (dates != null)
            p.put(
                    "dates",
                    String.join(",", dates.stream().map(LocalDate::toString).toList()));
        if (jurisdictions != null) p.put("jurisdictions", jurisdictions);
        p.put("lang", language.code());
        if (explain) p.put("explain", "true");
        if (withPending) p.put("withPending", "true");
        return p;
    }

    /**
     * The stored request asked again on the dates it was answered for: a request that named no
     * date was answered for the proposal's entry into force or the day it was asked, and a re-run
     * asks about that same day, so that only the law can make a difference.
     */
    static CheckRequest again(Map<String, String> parameters, List<String> referenceDates, ReportFormat output) {
        List<LocalDate> answered = referenceDates.stream().map(LocalDate::parse).toList();
        boolean whatIf = parameters.containsKey("dates");
        return new CheckRequest(
                whatIf || answered.isEmpty() ? null : answered.get(0),
                whatIf ? answered : null,
                parameters.get("jurisdictions"),
                Language.of(parameters.getOrDefault("lang", "en")).orElse(Language.EN),
                "true".equals(parameters.get("explain")),
                "true".equals(parameters.get("withPending")),
                output);
    }
}
