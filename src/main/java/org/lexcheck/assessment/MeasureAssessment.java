package org.lexcheck.assessment;

import java.util.List;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.proposal.Measure;

/**
 * One measure of the proposal: the norms in force that reach it, its merged findings (worst
 * first), and where there are none, why ({@code notAssessed}, else null).
 */
public record MeasureAssessment(
        Measure measure, List<Norm> reached, List<AssessedFinding> findings, NotAssessed notAssessed) {

    public MeasureAssessment {
        reached = List.copyOf(reached);
        findings = List.copyOf(findings);
    }
}
