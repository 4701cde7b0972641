package org.lexcheck.system;

import org.lexcheck.engine.ConformityEngine;
import org.lexcheck.knowledge.KnowledgeBase;
import org.lexcheck.proposal.ProposalValidator;
import org.lexcheck.report.ReportBuilder;
import org.lexcheck.rules.RuleBase;

/** One consistent version of knowledge and rules with everything built from it, used by whole checks. */
public record LoadedVersion(
        KnowledgeBase knowledge,
        RuleBase rules,
        ConformityEngine engine,
        ProposalValidator validator,
        ReportBuilder reports) {

    /** The views that assume pending law, one per version, built on first use. */
    private static final java.util.Map<KnowledgeBase, LoadedVersion> PENDING =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /**
     * This version read as if its pending law applied (issue 11, item 7): same rules, the knowledge
     * of {@link KnowledgeBase#withPending()}. Itself when there is no pending law.
     */
    public LoadedVersion withPending() {
        if (knowledge.pending().isEmpty() || knowledge.assumesPending()) return this;
        return PENDING.computeIfAbsent(knowledge, kb -> of(kb.withPending(), rules));
    }

    public static LoadedVersion of(KnowledgeBase kb, RuleBase rules) {
        return new LoadedVersion(
                kb,
                rules,
                new ConformityEngine(kb, rules),
                new ProposalValidator(kb.vocabulary()),
                new ReportBuilder(kb, EngineVersion.get()));
    }
}
