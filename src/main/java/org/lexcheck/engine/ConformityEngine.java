package org.lexcheck.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.lexcheck.assessment.Assessment;
import org.lexcheck.assessment.InstrumentStatus;
import org.lexcheck.country.CountryDerivation;
import org.lexcheck.knowledge.KnowledgeBase;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.proposal.Measure;
import org.lexcheck.proposal.Proposal;
import org.lexcheck.rules.RuleBase;

/**
 * Runs one check: selects the norms in force for the proposal's state and date, inserts the
 * measures and the norms that reach them into a short-lived session over the shared rule base,
 * fires the rules within a firing and time limit, and merges the findings into an assessment.
 */
public final class ConformityEngine {
    /** Upper bound on rule firings per check; a normal check fires a few dozen. */
    public static final int MAX_FIRINGS = 20_000;
    /** Upper bound on the time one check may take. */
    public static final long MAX_MILLIS = 10_000;

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lexcheck-check-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final KnowledgeBase kb;
    private final RuleBase rules;
    private final NormSelector selector;
    private final Assessor assessor;

    public ConformityEngine(KnowledgeBase kb, RuleBase rules) {
        this.kb = kb;
        this.rules = rules;
        this.selector = new NormSelector(kb);
        this.assessor = new Assessor(kb, selector);
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    public NormSelector selector() {
        return selector;
    }

    /**
     * Checks the proposal as the law stood on {@code referenceDate} for its jurisdiction. The
     * country facts holding on that date first give the measures that name nationalities or a
     * destination the values they did not state ({@link CountryDerivation}); the assessment
     * carries what was derived.
     */
    public Assessment check(Proposal proposal, LocalDate referenceDate) {
        CountryDerivation.Result derived = CountryDerivation.derive(
                proposal,
                referenceDate,
                kb.countryFacts(),
                type -> kb.vocabulary().parameters(type).keySet());
        return assessor.assess(fire(derived.proposal(), referenceDate)).withDerived(derived.derived());
    }

    private CheckResult fire(Proposal proposal, LocalDate referenceDate) {
        List<InstrumentStatus> instruments = selector.instrumentStatuses(proposal.jurisdiction(), referenceDate);
        Set<String> applied = NormSelector.appliedInstruments(instruments);
        List<Finding> findings = new ArrayList<>();
        List<String> fired = new ArrayList<>();
        Map<String, List<Norm>> reached = new LinkedHashMap<>();
        try (KieSession session = rules.kieBase().newKieSession()) {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            for (Measure m : proposal.measures()) {
                MeasureFact fact = MeasureFact.of(m);
                session.insert(fact);
                List<Norm> reaching = new ArrayList<>();
                for (Norm n : selector.regulating(fact.type())) {
                    if (selector.isInForce(n, applied, referenceDate) && selector.reaches(n, fact)) {
                        session.insert(new Reach(fact, n));
                        reaching.add(n);
                    }
                }
                reached.put(m.id(), List.copyOf(reaching));
            }
            ScheduledFuture<?> timer = WATCHDOG.schedule(session::halt, MAX_MILLIS, TimeUnit.MILLISECONDS);
            int count;
            try {
                count = session.fireAllRules(MAX_FIRINGS);
            } finally {
                timer.cancel(false);
            }
            if (count >= MAX_FIRINGS || timer.isDone() && !timer.isCancelled()) {
                throw new CheckLimitExceededException("check of '" + proposal.id() + "' cut off after " + count
                        + " rule firings; the result would be incomplete and is not reported");
            }
            session.getObjects(o -> o instanceof Finding).forEach(o -> findings.add((Finding) o));
        }
        return new CheckResult(
                proposal, referenceDate, findings, reached, instruments, fired, rules.version(), kb.version());
    }
}
