package org.lexcheck.referencecase;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lexcheck.proposal.InvalidProposalException;
import org.lexcheck.report.ReportFinding;

/**
 * A citation as a reference case writes it: "ECHR 8" (any paragraph of Art 8) or "FRD 12(2)"
 * (paragraph 2 only). Parsed once when the case loads.
 */
public record CitationRef(String instrument, String article, String paragraph) {
    private static final Pattern FORM = Pattern.compile("^([A-Z0-9-]+) (\\d+[a-z]?)(?:\\((\\w+)\\))?$");

    /** Parses {@code text}; a text of another form is refused naming {@code field}. */
    public static CitationRef parse(String text, String field) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new InvalidProposalException(
                    field, "'" + text + "' is not a citation of the form 'FRD 12' or 'FRD 12(2)'");
        }
        return new CitationRef(m.group(1), m.group(2), m.group(3));
    }

    public boolean matches(ReportFinding.Citation c) {
        return c.instrument().equals(instrument)
                && c.article().equals(article)
                && (paragraph == null || paragraph.equals(c.paragraph()));
    }

    public boolean citedBy(ReportFinding f) {
        return f.citations().stream().anyMatch(this::matches);
    }

    @Override
    public String toString() {
        return instrument + " " + article + (paragraph == null ? "" : "(" + paragraph + ")");
    }
}
