package org.lexcheck.obligation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lexcheck.assessment.AssessedFinding;
import org.lexcheck.assessment.Assessment;
import org.lexcheck.assessment.MeasureAssessment;
import org.lexcheck.engine.NormSelector;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.knowledge.KnowledgeBase;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.proposal.Measure;

/**
 * Which of the state's positive obligations a checked proposal touches and whether it leaves them
 * unmet (contract section 9, "Obligations of a state"): every obligation in force for the state
 * and date in a policy area the proposal touches, marked by the worst finding a measure of the
 * proposal draws on it, or as not touched when no measure reaches it (the state stays bound by it
 * as its law stands).
 */
public final class ProposalObligations {

    /** How the proposal stands to one obligation, worst first. */
    public enum Status {
        /** A measure conflicts with it. */
        UNMET,
        /** A measure risks breaching it. */
        AT_RISK,
        /** Measures reach it and keep within it. */
        RESPECTED,
        /** No measure of the proposal reaches it. */
        NOT_TOUCHED
    }

    /** One obligation, how the proposal stands to it, and the measures that reach it (in proposal order). */
    public record Marked(StateObligations.StateObligation obligation, Status status, List<String> measures) {}

    private ProposalObligations() {}

    public static List<Marked> of(Assessment assessment, KnowledgeBase kb, NormSelector selector) {
        var areaOf = kb.vocabulary().measureTypeAreas();
        Set<String> areas = new TreeSet<>();
        for (Measure m : assessment.proposal().measures()) {
            if (areaOf.containsKey(m.type())) areas.add(areaOf.get(m.type()));
        }
        if (areas.isEmpty()) return List.of();
        List<Marked> marked = new ArrayList<>();
        for (StateObligations.StateObligation o :
                StateObligations.inAreas(kb, selector, assessment.jurisdiction(), assessment.referenceDate(), areas)) {
            Norm norm = o.norm();
            if (norm.regulates().stream().map(areaOf::get).noneMatch(areas::contains)) continue;
            Status status = Status.NOT_TOUCHED;
            Set<String> measures = new java.util.LinkedHashSet<>();
            for (MeasureAssessment m : assessment.measures()) {
                if (!m.reached().contains(norm)) continue;
                measures.add(m.measure().id());
                Status own = Status.RESPECTED;
                for (AssessedFinding f : m.findings()) {
                    if (f.norms().contains(norm)) own = worse(own, status(f.kind()));
                }
                status = worse(status, own);
            }
            marked.add(new Marked(o, status, List.copyOf(measures)));
        }
        marked.sort((a, b) -> a.status() != b.status()
                ? a.status().compareTo(b.status())
                : (a.obligation().area() + a.obligation().norm().iri())
                        .compareTo(b.obligation().area() + b.obligation().norm().iri()));
        return marked;
    }

    private static Status status(FindingKind kind) {
        return switch (kind) {
            case CONFLICT -> Status.UNMET;
            case RISK -> Status.AT_RISK;
            default -> Status.RESPECTED;
        };
    }

    /** The worse of two; any reaching status is worse than NOT_TOUCHED. */
    private static Status worse(Status a, Status b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
