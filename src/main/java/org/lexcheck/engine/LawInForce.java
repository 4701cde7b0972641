package org.lexcheck.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.lexcheck.assessment.InstrumentStatus;
import org.lexcheck.knowledge.KnowledgeBase;
import org.lexcheck.knowledge.Norm;

/**
 * The law in force for one state on one date: the status of every instrument, those applied, the
 * norms in force, and, remembered as they are asked for, the norms in force per measure type and
 * the norms that reach each kind of measure. Which norms reach a measure depends only on its type,
 * target groups and exemptions (never on its values), so the many re-checks of one report
 * (remedies, alternatives, stated facts) and the checks of many proposals for the same state and
 * date select them once. Given by {@link NormSelector#lawInForce}, which keeps one per state and
 * date for its knowledge version (a reload builds a new selector). Immutable apart from the memos;
 * safe to share between threads.
 */
public final class LawInForce {
    /** A hostile stream of distinct group and exemption sets must not grow the memo without bound. */
    private static final int MAX_REMEMBERED = 4_096;

    private final NormSelector selector;
    private final LocalDate date;
    private final List<InstrumentStatus> instruments;
    private final Set<String> applied;
    private final List<Norm> inForce;
    private final Map<Reachable, List<Norm>> reaching = new ConcurrentHashMap<>();
    private final Map<String, List<Norm>> byType = new ConcurrentHashMap<>();

    /** What decides which norms reach a measure. */
    private record Reachable(String type, Set<String> targetGroups, Set<String> exemptions) {}

    LawInForce(NormSelector selector, KnowledgeBase kb, String state, LocalDate date) {
        this.selector = selector;
        this.date = date;
        this.instruments = List.copyOf(selector.instrumentStatuses(state, date));
        this.applied = Set.copyOf(NormSelector.appliedInstruments(instruments));
        List<Norm> inForce = new ArrayList<>();
        for (Norm n : kb.norms()) if (selector.isInForce(n, applied, date)) inForce.add(n);
        this.inForce = List.copyOf(inForce);
    }

    /** Every instrument with its status for the state on the date, by code. */
    public List<InstrumentStatus> instruments() {
        return instruments;
    }

    /** The instruments that bind the state and apply on the date (IRIs). */
    public Set<String> applied() {
        return applied;
    }

    /** The norms in force for the state on the date, in the knowledge base's order. */
    public List<Norm> inForce() {
        return inForce;
    }

    /**
     * The norms in force that regulate a measure type, remembered per type, so that what a report
     * lists for the proposal's policy areas costs the same however much law there is on other areas.
     */
    public List<Norm> regulating(String measureType) {
        List<Norm> known = byType.get(measureType);
        if (known != null) return known;
        List<Norm> found = new ArrayList<>();
        for (Norm n : selector.regulating(measureType)) if (selector.isInForce(n, applied, date)) found.add(n);
        List<Norm> result = List.copyOf(found);
        if (byType.size() >= MAX_REMEMBERED) byType.clear();
        byType.put(measureType, result);
        return result;
    }

    /** The norms in force on the date that reach the measure, in the order the knowledge base lists them. */
    List<Norm> reaching(MeasureFact fact) {
        Reachable key = new Reachable(fact.type(), fact.targetGroups(), fact.exemptions());
        List<Norm> known = reaching.get(key);
        if (known != null) return known;
        List<Norm> found = new ArrayList<>();
        for (Norm n : selector.regulating(fact.type())) {
            if (selector.isInForce(n, applied, date) && selector.reaches(n, fact)) found.add(n);
        }
        List<Norm> result = List.copyOf(found);
        if (reaching.size() >= MAX_REMEMBERED) reaching.clear();
        reaching.put(key, result);
        return result;
    }
}
