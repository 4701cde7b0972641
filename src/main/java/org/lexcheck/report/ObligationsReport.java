package org.lexcheck.report;

import java.util.List;

/**
 * What the law requires of a state on a date, independent of any proposal (contract section 4,
 * "Obligations of a state"): each obligation with its title, citations, explanation, bounds
 * ({@code bounds}: the deadlines and conditions it sets) and for whom it holds, by policy area;
 * {@code execution} gives, in the same order, the kinds of act each demands and the agencies.
 */
public record ObligationsReport(
        String jurisdiction,
        String referenceDate,
        String area,
        String language,
        List<Report.OptionRef> obligations,
        List<Report.InstrumentRef> instrumentsChecked,
        List<Report.InstrumentRef> instrumentsNotApplied,
        List<Execution.ObligationActs> execution,
        Report.Provenance provenance) {

    public ObligationsReport {
        obligations = List.copyOf(obligations);
        instrumentsChecked = List.copyOf(instrumentsChecked);
        instrumentsNotApplied = List.copyOf(instrumentsNotApplied);
        execution = List.copyOf(execution);
    }
}
