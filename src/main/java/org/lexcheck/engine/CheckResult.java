package org.lexcheck.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lexcheck.assessment.InstrumentStatus;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.proposal.Proposal;

/**
 * The raw outcome of one rule session: the rules' findings, the norms in force that reached
 * each measure (by measure id), and the instruments considered. The {@link Assessor} turns it
 * into an assessment.
 */
record CheckResult(
        Proposal proposal,
        LocalDate referenceDate,
        List<Finding> findings,
        Map<String, List<Norm>> reached,
        List<InstrumentStatus> instruments,
        List<String> rulesFired,
        String rulesVersion,
        String ontologyVersion) {}
