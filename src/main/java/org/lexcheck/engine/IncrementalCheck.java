package org.lexcheck.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.lexcheck.assessment.Assessment;
import org.lexcheck.assessment.FindingKey;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.proposal.Measure;
import org.lexcheck.proposal.Proposal;

/**
 * One stateful rule session on a proposal, fired once, in which a candidate change of one measure
 * (a remedy, an alternative) is checked as a change of facts: the measure and the norms reaching
 * it are deleted, the candidate and its norms inserted, the rules fired, and the change undone
 * (once the candidates for that measure are done).
 * The rules conclude by logical insertion, so Drools withdraws the findings that rested on the
 * deleted facts and re-evaluates only what the change touches, instead of a new session per
 * candidate. Not thread-safe: one check, one thread.
 */
public final class IncrementalCheck implements AutoCloseable {
    private final ConformityEngine engine;
    private final Proposal proposal;
    private final LocalDate referenceDate;
    private final KieSession session;
    private final LawInForce law;
    private final Map<String, Measure> measures = new LinkedHashMap<>();
    private final Map<String, List<FactHandle>> handles = new LinkedHashMap<>();
    private final Map<String, List<Norm>> reached = new LinkedHashMap<>();
    private final List<String> fired = new ArrayList<>();
    /**
     * The measure swapped out for the last candidate, kept out until a candidate for another measure
     * comes (candidates for one measure follow each other, so the measure is not put back and fired
     * between them) or the session closes.
     */
    private Measure swappedOut;

    /** The findings the rules inserted since the last reset: what a change of facts concluded anew. */
    private final List<Finding> inserted = new ArrayList<>();

    /**
     * The conflicts the session holds now, by finding key, with the number of findings behind each
     * (several norms of one obligation): kept as the rules insert and withdraw findings, so that
     * what a change leaves for the other measures is read without walking the session.
     */
    private final Map<FindingKey, Integer> conflicts = new HashMap<>();

    /**
     * The candidate's assessment and the conflicts the other measures of the proposal have with the
     * candidate in place (as finding keys): the caller compares them with the conflicts the proposal
     * had before.
     */
    public record Replacement(Assessment candidate, Set<FindingKey> conflictsElsewhere) {}

    IncrementalCheck(ConformityEngine engine, Proposal derived, LocalDate referenceDate) {
        this.engine = engine;
        this.proposal = derived;
        this.referenceDate = referenceDate;
        this.law = engine.selector().lawInForce(derived.jurisdiction(), referenceDate);
        this.session = engine.rules().kieBase().newKieSession();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        });
        session.addEventListener(new org.kie.api.event.rule.DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(org.kie.api.event.rule.ObjectInsertedEvent event) {
                if (!(event.getObject() instanceof Finding f)) return;
                inserted.add(f);
                if (f.kind() == FindingKind.CONFLICT) conflicts.merge(key(f), 1, Integer::sum);
            }

            @Override
            public void objectDeleted(org.kie.api.event.rule.ObjectDeletedEvent event) {
                if (event.getOldObject() instanceof Finding f && f.kind() == FindingKind.CONFLICT)
                    conflicts.computeIfPresent(key(f), (k, n) -> n == 1 ? null : n - 1);
            }
        });
        for (Measure m : derived.measures()) insert(m);
        ConformityEngine.fireWithinLimits(session, derived.id(), engine.rules().version());
    }

    /**
     * {@code candidate} (a measure with the id of one of the proposal's, any type) in place of that
     * measure: its assessment, and the conflicts of the other measures with it in place. Only
     * what the change touches is evaluated and read: the findings inserted while the rules fire, not
     * the whole session. The measure stays swapped out until a candidate for another measure comes.
     */
    public Replacement replacing(Measure candidate) {
        if (swappedOut != null && !swappedOut.id().equals(candidate.id())) restore();
        Measure original = swappedOut != null ? swappedOut : measures.get(candidate.id());
        if (original == null) throw new IllegalArgumentException("no measure '" + candidate.id() + "' to replace");
        Measure derived = engine.derive(withMeasures(List.of(candidate)), referenceDate)
                .proposal()
                .measures()
                .get(0);
        remove(original.id());
        swappedOut = original;
        inserted.clear();
        fired.clear();
        insert(derived);
        try {
            ConformityEngine.fireWithinLimits(
                    session, proposal.id(), engine.rules().version());
            List<Finding> own = new ArrayList<>();
            for (Finding f : inserted) {
                if (f.measureId().equals(derived.id())) own.add(f);
            }
            Set<FindingKey> elsewhere = new HashSet<>();
            for (FindingKey k : conflicts.keySet()) {
                if (!k.measureId().equals(derived.id())) elsewhere.add(k);
            }
            Assessment assessed = engine.assessor()
                    .assess(new CheckResult(
                            withMeasures(List.of(derived)),
                            referenceDate,
                            own,
                            Map.of(derived.id(), reached.get(derived.id())),
                            law,
                            List.copyOf(fired),
                            engine.rules().version(),
                            engine.knowledgeBase().version()));
            return new Replacement(assessed, elsewhere);
        } catch (RuntimeException e) {
            restore();
            throw e;
        }
    }

    /** Puts the measure swapped out back in place of the last candidate, and fires. */
    private void restore() {
        remove(swappedOut.id());
        insert(swappedOut);
        swappedOut = null;
        ConformityEngine.fireWithinLimits(session, proposal.id(), engine.rules().version());
    }

    /** The assessment of the proposal as the session holds it now (with any candidate still swapped in). */
    public Assessment assessment() {
        List<Finding> findings = new ArrayList<>();
        session.getObjects(o -> o instanceof Finding).forEach(o -> findings.add((Finding) o));
        List<Measure> now = proposal.measures().stream()
                .map(m -> measures.getOrDefault(m.id(), m))
                .toList();
        return engine.assessor()
                .assess(new CheckResult(
                        withMeasures(now),
                        referenceDate,
                        findings,
                        new LinkedHashMap<>(reached),
                        law,
                        List.of(),
                        engine.rules().version(),
                        engine.knowledgeBase().version()));
    }

    /** The proposal with other measures: the same id, title, state and entry into force. */
    private Proposal withMeasures(List<Measure> measures) {
        return new Proposal(
                proposal.id(), proposal.title(), proposal.jurisdiction(), proposal.entryIntoForce(), measures);
    }

    private FindingKey key(Finding f) {
        return new FindingKey(
                f.measureId(), engine.knowledgeBase().norm(f.normIri()).obligation());
    }

    private void insert(Measure m) {
        MeasureFact fact = MeasureFact.of(m);
        List<FactHandle> own = new ArrayList<>();
        List<Norm> reaching = law.reaching(fact);
        for (Object o : ConformityEngine.facts(fact, reaching)) own.add(session.insert(o));
        measures.put(m.id(), m);
        handles.put(m.id(), own);
        reached.put(m.id(), reaching);
    }

    private void remove(String id) {
        for (FactHandle h : handles.remove(id)) session.delete(h);
        measures.remove(id);
        reached.remove(id);
    }

    @Override
    public void close() {
        session.dispose();
    }
}
