package org.lexcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A cumulative timeline of the report (contract section 4, {@code timelines}): a path a person
 * takes through the proposal's measures, the stages they fill with their months, the total, and
 * each bound binding the state on the date with the months it adds up and the outcome.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineRef(
        String path,
        String title,
        String person,
        String nationality,
        List<StageRef> stages,
        Number totalMonths,
        List<BoundRef> bounds) {

    /**
     * A stage and the measure that sets how long it lasts; {@code shorter} lists the other
     * measures filling the same stage that do not count, the longer one counting.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StageRef(
            String stage,
            String title,
            String measure,
            String type,
            String parameter,
            Number months,
            List<String> shorter) {}

    /**
     * A bound on the total: its norm, the stages it adds up, their {@code months}, the bound
     * ({@code max}, in {@code unit}), the {@code outcome} (WITHIN, RISK, CONFLICT), the measure
     * that carries the finding ({@code finding}) or the one that already carries a finding of that
     * kind or worse under the same provisions ({@code reportedOn}), and a sentence saying it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BoundRef(
            String norm,
            String title,
            List<ReportFinding.Citation> citations,
            List<ReportFinding.CaseRef> caseLaw,
            List<String> stages,
            Number months,
            Number max,
            String unit,
            String outcome,
            String finding,
            String reportedOn,
            String text) {}
}
