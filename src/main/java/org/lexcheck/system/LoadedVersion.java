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

    public static LoadedVersion of(KnowledgeBase kb, RuleBase rules) {
        return new LoadedVersion(
                kb,
                rules,
                new ConformityEngine(kb, rules),
                new ProposalValidator(kb.vocabulary()),
                new ReportBuilder(kb, EngineVersion.get()));
    }
}
