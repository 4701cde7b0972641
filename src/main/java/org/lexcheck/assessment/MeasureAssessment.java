package org.lexcheck.assessment;

import java.util.List;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.proposal.Measure;

/** One measure of the proposal: the norms in force that reach it and its merged findings, worst first. */
public record MeasureAssessment(Measure measure, List<Norm> reached, List<AssessedFinding> findings) {

    public MeasureAssessment {
        reached = List.copyOf(reached);
        findings = List.copyOf(findings);
    }
}
