package org.lexcheck.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.proposal.Proposal;

/**
 * What the engine concluded about one proposal for its state on one date: per measure, the
 * findings merged per obligation, with time and place settled; the instruments considered; and
 * the versions and rules that produced it. Room for manoeuvre and the report start from here.
 */
public record Assessment(
        Proposal proposal,
        LocalDate referenceDate,
        List<InstrumentStatus> instruments,
        List<MeasureAssessment> measures,
        List<String> rulesFired,
        String rulesVersion,
        String ontologyVersion) {

    public Assessment {
        instruments = List.copyOf(instruments);
        measures = List.copyOf(measures);
        rulesFired = List.copyOf(rulesFired);
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
