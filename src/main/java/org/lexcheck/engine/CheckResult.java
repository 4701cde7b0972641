package org.lexcheck.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.proposal.Proposal;

/**
 * The raw outcome of one rule session: the rules' findings, the norms in force that reached
 * each measure (by measure id), and the law in force
 * (the instruments considered and those applied). The {@link Assessor} turns it
 * into an assessment.
 */
record CheckResult(
        Proposal proposal,
        LocalDate referenceDate,
        List<Finding> findings,
        Map<String, List<Norm>> reached,
        LawInForce law,
        List<String> rulesFired,
        String rulesVersion,
        String ontologyVersion) {}
