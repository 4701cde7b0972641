package org.lexcheck.engine;

import java.time.LocalDate;
import java.util.List;
import org.lexcheck.proposal.Proposal;


/**
 * The raw outcome of one check: the rules' findings, the norms in force that reached each
 * measure (by measure id), and the instruments considered.
 */
public record CheckResult(
        Proposal proposal,
        LocalDate referenceDate,
        List<Finding> findings,
        java.util.Map<String, List<org.lexcheck.knowledge.Norm>> reached,
        List<InstrumentStatus> instruments,
        List<String> rulesFired,
        String rulesVersion,
        String ontologyVersion) {}
