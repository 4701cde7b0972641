package org.lexcheck.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.lexcheck.assessment.Assessment;
import org.lexcheck.country.CountryDerivation;
import org.lexcheck.knowledge.KnowledgeBase;
import org.lexcheck.knowledge.Limit;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.knowledge.SafeguardRequirement;
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

    /**
     * Halts a session that outlives its time. Cancelled timers leave the queue at once: a report fires
     * a session for every candidate remedy and alternative, and kept until their delay ran out they
     * would pile up by the hundred thousand under load.
     */
    private static final ScheduledExecutorService WATCHDOG = watchdog();

    private static ScheduledExecutorService watchdog() {
        ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "lexcheck-check-watchdog");
            t.setDaemon(true);
            return t;
        });
        e.setRemoveOnCancelPolicy(true);
        return e;
    }

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
        CountryDerivation.Result derived = derive(proposal, referenceDate);
        return assessor.assess(fire(derived.proposal(), referenceDate)).withDerived(derived.derived());
    }

    /**
     * Opens one stateful session on the proposal, fired once, in which candidate changes of one
     * measure are then checked incrementally ({@link IncrementalCheck}); the caller closes it.
     */
    public IncrementalCheck incremental(Proposal proposal, LocalDate referenceDate) {
        return new IncrementalCheck(this, derive(proposal, referenceDate).proposal(), referenceDate);
    }

    CountryDerivation.Result derive(Proposal proposal, LocalDate referenceDate) {
        return CountryDerivation.derive(
                proposal,
                referenceDate,
                kb.countryFacts(),
                type -> kb.vocabulary().parameters(type).keySet());
    }

    Assessor assessor() {
        return assessor;
    }

    RuleBase rules() {
        return rules;
    }

    /**
     * Fires the session within the firing and time limits; a check cut off is refused, never
     * reported half done, with the rule-set version and the rule that fired most (a rule that loops
     * is named, so that its author can find it).
     */
    static void fireWithinLimits(KieSession session, String proposalId, String rulesVersion) {
        // Within the request's budget too, when one is open (CheckBudget): the sum of all its sessions is bounded.
        long maxMillis = CheckBudget.millisFor(proposalId);
        int maxFirings = CheckBudget.firingsFor();
        FiringCounter counter = new FiringCounter();
        session.addEventListener(counter);
        ScheduledFuture<?> timer = WATCHDOG.schedule(session::halt, maxMillis, TimeUnit.MILLISECONDS);
        int count;
        try {
            count = session.fireAllRules(maxFirings);
        } finally {
            timer.cancel(false);
            session.removeEventListener(counter);
        }
        boolean cut = count >= maxFirings || timer.isDone() && !timer.isCancelled();
        if (cut && CheckBudget.limits(maxFirings, maxMillis))
            CheckBudget.charge(Math.max(count, maxFirings + 1), proposalId);
        if (cut) {
            throw new CheckLimitExceededException("check of '" + proposalId + "' cut off after " + count
                    + " rule firings" + (count >= maxFirings ? "" : " and " + maxMillis + " ms") + " (rules version "
                    + rulesVersion + counter.busiest() + "); the result would be incomplete and is not reported");
        }
        CheckBudget.charge(count, proposalId);
    }

    /** Firings per rule in one session, to name the rule that ran away. */
    private static final class FiringCounter extends DefaultAgendaEventListener {
        private final Map<String, Integer> byRule = new java.util.HashMap<>();

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            byRule.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
        }

        String busiest() {
            return byRule.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(e -> "; rule '" + e.getKey() + "' fired " + e.getValue() + " times")
                    .orElse("");
        }
    }

    /**
     * The norms in force for the proposal's state and date that reach each of its measures (after
     * the country facts have given the measures their derived values), without firing any rule:
     * what a bound on a measure can be read from before it is checked.
     */
    public Map<String, List<Norm>> reached(Proposal proposal, LocalDate referenceDate) {
        Proposal derived = derive(proposal, referenceDate).proposal();
        LawInForce law = selector.lawInForce(derived.jurisdiction(), referenceDate);
        Map<String, List<Norm>> reached = new LinkedHashMap<>();
        for (Measure m : derived.measures()) reached.put(m.id(), law.reaching(MeasureFact.of(m)));
        return reached;
    }

    /**
     * What the rules see of one measure: the measure, a {@link Reach} for each norm that reaches it,
     * a {@link Bound} for each limit of those norms that binds it and a {@link Required} for each
     * safeguard they require of it.
     */
    static List<Object> facts(MeasureFact fact, List<Norm> reaching) {
        List<Object> facts = new ArrayList<>();
        facts.add(fact);
        for (Norm n : reaching) {
            facts.add(new Reach(fact, n));
            for (Limit l : n.limits()) {
                if (fact.isBoundBy(l)) facts.add(new Bound(fact, n, l));
            }
            for (SafeguardRequirement r : n.safeguardRequirements()) {
                if (fact.meets(r.condition())) facts.add(new Required(fact, n, r));
            }
        }
        return facts;
    }

    private CheckResult fire(Proposal proposal, LocalDate referenceDate) {
        LawInForce law = selector.lawInForce(proposal.jurisdiction(), referenceDate);
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
                List<Norm> reaching = law.reaching(fact);
                for (Object o : facts(fact, reaching)) session.insert(o);
                reached.put(m.id(), reaching);
            }
            fireWithinLimits(session, proposal.id(), rules.version());
            session.getObjects(o -> o instanceof Finding).forEach(o -> findings.add((Finding) o));
        }
        return new CheckResult(proposal, referenceDate, findings, reached, law, fired, rules.version(), kb.version());
    }
}
