package org.lexcheck.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.lexcheck.assessment.InstrumentStatus;
import org.lexcheck.assessment.NarrowerGroup;
import org.lexcheck.knowledge.GroupHierarchy;
import org.lexcheck.knowledge.Instrument;
import org.lexcheck.knowledge.KnowledgeBase;
import org.lexcheck.knowledge.Norm;

/**
 * Time and place, handled in one place: which instruments bind a state and apply on a date,
 * which norms are therefore in force, and which of them reach a given measure.
 * Rules never test dates or states.
 */
public final class NormSelector {
    private final KnowledgeBase kb;
    /** Built once per knowledge version: the norms regulating each measure type, and the instruments each needs. */
    private final Map<String, List<Norm>> normsByType = new java.util.HashMap<>();

    private final Map<Norm, java.util.Set<String>> instrumentsNeeded = new java.util.IdentityHashMap<>();

    /** The law in force by state and date, selected once for every check of this knowledge version. */
    private final Map<StateOnDate, LawInForce> laws = new java.util.concurrent.ConcurrentHashMap<>();

    private record StateOnDate(String state, LocalDate date) {}

    /** States times dates asked for; beyond it the remembered selections are dropped (a hostile caller could ask for every day). */
    private static final int MAX_LAWS_REMEMBERED = 1_024;

    /** The narrower groups by norm and target groups, remembered: every finding of every check asks. */
    private final Map<NarrowingKey, List<NarrowerGroup>> narrowing = new java.util.concurrent.ConcurrentHashMap<>();

    private record NarrowingKey(Norm norm, java.util.Set<String> targetGroups) {}

    /** A hostile stream of distinct target-group sets must not grow the memo without bound. */
    private static final int MAX_REMEMBERED = 4_096;

    public NormSelector(KnowledgeBase kb) {
        this.kb = kb;
        for (Norm n : kb.norms()) {
            n.regulates()
                    .forEach(t -> normsByType
                            .computeIfAbsent(t, k -> new ArrayList<>())
                            .add(n));
            java.util.Set<String> needed = new java.util.HashSet<>(n.instrumentIris());
            needed.addAll(n.requiresInstruments());
            instrumentsNeeded.put(n, needed);
        }
    }

    /** The law in force for the state on the date, selected once and remembered. */
    public LawInForce lawInForce(String state, LocalDate date) {
        StateOnDate key = new StateOnDate(state, date);
        LawInForce known = laws.get(key);
        if (known != null) return known;
        if (laws.size() >= MAX_LAWS_REMEMBERED) laws.clear();
        return laws.computeIfAbsent(key, k -> new LawInForce(this, kb, state, date));
    }

    /** The norms regulating a measure type, in force or not. */
    public List<Norm> regulating(String measureType) {
        return normsByType.getOrDefault(measureType, List.of());
    }

    public List<InstrumentStatus> instrumentStatuses(String state, LocalDate date) {
        List<InstrumentStatus> result = new ArrayList<>();
        for (Instrument i : kb.instruments().values()) {
            InstrumentStatus.Status status = status(i, state, date);
            result.add(new InstrumentStatus(
                    i, status, status == InstrumentStatus.Status.NOT_YET_BINDING ? i.bindingFrom(state, date) : null));
        }
        result.sort((a, b) -> a.instrument().code().compareTo(b.instrument().code()));
        return result;
    }

    static InstrumentStatus.Status status(Instrument i, String state, LocalDate date) {
        if (!i.binds(state, date))
            return i.bindingFrom(state, date) != null
                    ? InstrumentStatus.Status.NOT_YET_BINDING
                    : InstrumentStatus.Status.NOT_BINDING;
        if (date.isBefore(i.appliesFrom())) return InstrumentStatus.Status.NOT_YET_APPLICABLE;
        if (!i.appliesOn(date)) return InstrumentStatus.Status.NO_LONGER_APPLICABLE;
        return InstrumentStatus.Status.APPLIED;
    }

    public static java.util.Set<String> appliedInstruments(Collection<InstrumentStatus> statuses) {
        java.util.Set<String> applied = new java.util.HashSet<>();
        statuses.stream()
                .filter(InstrumentStatus::applied)
                .forEach(s -> applied.add(s.instrument().iri()));
        return applied;
    }

    /** The instruments a norm needs to be in force: those of its provisions and those it requires. */
    public java.util.Set<String> instrumentsNeeded(Norm n) {
        return java.util.Collections.unmodifiableSet(instrumentsNeeded.get(n));
    }

    /**
     * A norm is in force when the instruments it needs bind the state and apply, none of the
     * instruments it yields to ({@code lx:unlessInstrument}) applies, and each of its provisions
     * applies on the date (some apply later than their instrument).
     */
    public boolean isInForce(Norm n, java.util.Set<String> appliedInstruments, LocalDate date) {
        return appliedInstruments.containsAll(instrumentsNeeded.get(n))
                && n.unlessInstruments().stream().noneMatch(appliedInstruments::contains)
                && provisionsApply(n, date);
    }

    /** Whether every provision of the norm applies on the date. */
    private static boolean provisionsApply(Norm n, LocalDate date) {
        return n.provisions().stream().allMatch(p -> p.appliesOn(date));
    }

    /**
     * A norm reaches a measure when it regulates the measure's type and some target group of the
     * measure, not wholly excluded or exempted, overlaps a group the norm applies to; and the
     * measure does not exempt the group the norm protects.
     */
    public boolean reaches(Norm n, MeasureFact m) {
        if (!n.regulates().contains(m.type())) return false;
        GroupHierarchy h = kb.groups();
        for (String p : n.protectedGroups()) {
            if (m.exemptions().stream().anyMatch(e -> h.isAtOrBelow(p, e))) return false;
        }
        java.util.Set<String> removedGroups = new java.util.HashSet<>(n.excludes());
        removedGroups.addAll(m.exemptions());
        for (String target : m.targetGroups()) {
            for (String group : h.withNarrower(target)) {
                boolean removed = h.isRemovedBy(group, removedGroups);
                boolean concerned =
                        n.appliesTo().isEmpty() || n.appliesTo().stream().anyMatch(a -> h.isAtOrBelow(group, a));
                if (!removed && concerned) return true;
            }
        }
        return false;
    }

    /**
     * The groups a norm reaches only as part of a wider target group of the measure (it applies
     * to refugees; the measure names third-country nationals), so that the finding can say so.
     */
    public List<NarrowerGroup> narrowerGroups(Norm n, MeasureFact m) {
        if (n.appliesTo().isEmpty()) return List.of();
        NarrowingKey key = new NarrowingKey(n, m.targetGroups());
        List<NarrowerGroup> known = narrowing.get(key);
        if (known != null) return known;
        GroupHierarchy h = kb.groups();
        List<NarrowerGroup> result = new ArrayList<>();
        for (String target : m.targetGroups().stream().sorted().toList()) {
            if (n.appliesTo().stream().anyMatch(a -> h.isAtOrBelow(target, a))) continue;
            n.appliesTo().stream()
                    .sorted()
                    .filter(a -> h.isAtOrBelow(a, target))
                    .forEach(a -> result.add(new NarrowerGroup(a, target)));
        }
        List<NarrowerGroup> answer = List.copyOf(result);
        if (narrowing.size() >= MAX_REMEMBERED) narrowing.clear();
        narrowing.put(key, answer);
        return answer;
    }
}
