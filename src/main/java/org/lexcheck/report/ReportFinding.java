package org.lexcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.knowledge.Severity;

/**
 * One finding of the report: a measure held against one legal obligation, with what it cites.
 * {@code norm} is the norm it is titled after; where several norms express the same obligation,
 * {@code norms} lists them all and {@code obligation} names it. {@code assumptions} say which
 * conditions were assumed to hold because the proposal does not state them. {@code pending} is
 * true for a finding drawn from pending law (check {@code --with-pending}), absent otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportFinding(
        String measure,
        FindingKind kind,
        Severity severity,
        String norm,
        List<String> norms,
        String obligation,
        String title,
        List<Citation> citations,
        List<CaseRef> caseLaw,
        LimitRef limit,
        String explanation,
        List<String> assumptions,
        String remedy,
        List<RemedyRef> remedies,
        String rule,
        List<String> derivation,
        Boolean pending) {

    /** The key of the finding: its measure and the obligation (or the norm when no other shares it). */
    public String key() {
        return measure + " " + (obligation != null ? obligation : norm);
    }

    /** A concrete amendment; {@code verified} only when the engine re-checked it and the finding was gone. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RemedyRef(String description, org.lexcheck.proposal.Measure amendedMeasure, boolean verified) {}

    /** {@code instrument} is the code (stable for machines); {@code instrumentLabel} its short name in the report's language. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Citation(
            String instrument, String instrumentLabel, String article, String paragraph, String point, String iri) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CaseRef(String caseNumber, String ecli, String name, String court, String date) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LimitRef(
            String parameter,
            Object proposed,
            Number min,
            Number max,
            Boolean required,
            List<String> allowed,
            String unit,
            Number justifyAbove) {}
}
