package org.lexcheck.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lexcheck.assessment.InstrumentStatus;
import org.lexcheck.engine.LawInForce;
import org.lexcheck.engine.NormSelector;
import org.lexcheck.knowledge.KnowledgeBase;
import org.lexcheck.knowledge.Modality;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.proposal.InvalidProposalException;

/**
 * The positive obligations that bind a state on a date, independent of any proposal (contract
 * section 2, {@code obligations}): the norms of modality obligation in force for the state and
 * date (deadlines to register, decide and hear appeals, the mandatory border procedure, the
 * contingency plan, solidarity contributions), by policy area. Prohibitions and permissions are not
 * listed: they say what the state may not or may do, not what it must.
 */
public final class StateObligations {
    /** One obligation: its policy area (the first, by code, of the measure types it regulates), the norm and for whom it holds. */
    public record StateObligation(String area, Norm norm, List<String> forWhom, List<String> excluding) {}

    /** What binds the state on the date; {@code area} null when all areas were asked for. */
    public record Listing(
            String jurisdiction,
            LocalDate date,
            String area,
            List<InstrumentStatus> instruments,
            List<StateObligation> obligations) {
        public Listing {
            instruments = List.copyOf(instruments);
            obligations = List.copyOf(obligations);
        }
    }

    private StateObligations() {}

    /** Refuses an unknown state or area naming the allowed values, as the proposal's own fields are refused. */
    public static Listing of(
            KnowledgeBase kb, NormSelector selector, String jurisdiction, LocalDate date, String area) {
        Set<String> states = kb.vocabulary().jurisdictions();
        if (jurisdiction == null || !states.contains(jurisdiction))
            throw new InvalidProposalException(
                    "jurisdiction",
                    jurisdiction == null ? "a state is required" : "unknown state '" + jurisdiction + "'",
                    List.copyOf(new TreeSet<>(states)));
        Map<String, String> areaOf = kb.vocabulary().measureTypeAreas();
        Set<String> areas = new TreeSet<>(areaOf.values());
        if (area != null && !areas.contains(area))
            throw new InvalidProposalException("area", "unknown policy area '" + area + "'", List.copyOf(areas));
        LawInForce law = selector.lawInForce(jurisdiction, date);
        return new Listing(jurisdiction, date, area, law.instruments(), obligations(law.inForce(), areaOf, area));
    }

    /**
     * The obligations in force on the measure types of the given policy areas (each with its area as
     * {@link #of} gives it, the first of all it regulates): what a report marks for a proposal, without
     * walking the law of other areas.
     */
    public static List<StateObligation> inAreas(
            KnowledgeBase kb, NormSelector selector, String jurisdiction, LocalDate date, Set<String> areas) {
        Map<String, String> areaOf = kb.vocabulary().measureTypeAreas();
        LawInForce law = selector.lawInForce(jurisdiction, date);
        Set<Norm> norms = new java.util.LinkedHashSet<>();
        areaOf.forEach((type, area) -> {
            if (areas.contains(area)) norms.addAll(law.regulating(type));
        });
        return obligations(norms, areaOf, null);
    }

    private static List<StateObligation> obligations(Iterable<Norm> norms, Map<String, String> areaOf, String area) {
        List<StateObligation> obligations = new ArrayList<>();
        for (Norm n : norms) {
            if (n.modality() != Modality.OBLIGATION) continue;
            String first = n.regulates().stream()
                    .map(areaOf::get)
                    .filter(a -> a != null && (area == null || a.equals(area)))
                    .sorted()
                    .findFirst()
                    .orElse(null);
            if (first == null) continue;
            obligations.add(new StateObligation(
                    first,
                    n,
                    n.appliesTo().stream().sorted().toList(),
                    n.excludes().stream().sorted().toList()));
        }
        obligations.sort((a, b) ->
                (a.area() + a.norm().iri()).compareTo(b.area() + b.norm().iri()));
        return obligations;
    }
}
