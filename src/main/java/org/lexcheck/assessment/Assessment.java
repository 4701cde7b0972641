package org.lexcheck.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lexcheck.country.DerivedValue;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.proposal.Proposal;

/**
 * What the engine concluded about one proposal for its state on one date: per measure, the
 * findings merged per obligation, with time and place settled; the instruments considered; and
 * the versions and rules that produced it. Room for manoeuvre and the report start from here.
 * {@code proposal} is the proposal as checked, with the values the country facts gave its
 * measures; {@code derived} lists those values with their sources.
 */
public record Assessment(
        Proposal proposal,
        LocalDate referenceDate,
        List<InstrumentStatus> instruments,
        List<MeasureAssessment> measures,
        List<String> rulesFired,
        String rulesVersion,
        String ontologyVersion,
        List<DerivedValue> derived) {

    public Assessment {
        derived = List.copyOf(derived);
        instruments = List.copyOf(instruments);
        measures = List.copyOf(measures);
        rulesFired = List.copyOf(rulesFired);
    }

    /** The same assessment with the values the country facts gave (the engine adds them after the rules ran). */
    public Assessment withDerived(List<DerivedValue> values) {
        return new Assessment(
                proposal, referenceDate, instruments, measures, rulesFired, rulesVersion, ontologyVersion, values);
    }

    public String jurisdiction() {
        return proposal.jurisdiction();
    }

    /** Every finding, measure by measure. */
    public List<AssessedFinding> findings() {
        return measures.stream().flatMap(m -> m.findings().stream()).toList();
    }

    public Optional<AssessedFinding> finding(FindingKey key) {
        return findings().stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public MeasureAssessment measure(String id) {
        return measures.stream()
                .filter(m -> m.measure().id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** The keys of the CONFLICT findings. */
    public Set<FindingKey> conflicts() {
        return findings().stream()
                .filter(f -> f.kind() == FindingKind.CONFLICT)
                .map(AssessedFinding::key)
                .collect(Collectors.toSet());
    }

    /** IRIs of the instruments applied on the date for the state. */
    public Set<String> appliedInstruments() {
        return instruments.stream()
                .filter(InstrumentStatus::applied)
                .map(s -> s.instrument().iri())
                .collect(Collectors.toSet());
    }
}
