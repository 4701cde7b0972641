package org.lexcheck.assessment;

import java.util.List;
import org.lexcheck.knowledge.CaseLaw;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.knowledge.Provision;
import org.lexcheck.knowledge.Severity;

/**
 * One finding: a measure held against one legal obligation, merged over every norm that
 * expresses it and every rule that fired on them. The worst kind wins; {@code decisive} are the
 * grounds of that kind, {@code grounds} all of them (for the derivation). Time and place are
 * settled: {@code citations} are the provisions citable for the state and date, {@code caseLaw}
 * the judgments given by the reference date.
 */
public record AssessedFinding(
        FindingKey key,
        FindingKind kind,
        Severity severity,
        List<Norm> norms,
        List<Ground> decisive,
        List<Ground> grounds,
        List<Provision> citations,
        List<CaseLaw> caseLaw,
        List<NarrowerGroup> narrowerGroups) {

    public AssessedFinding {
        norms = List.copyOf(norms);
        decisive = List.copyOf(decisive);
        grounds = List.copyOf(grounds);
        citations = List.copyOf(citations);
        caseLaw = List.copyOf(caseLaw);
        narrowerGroups = List.copyOf(narrowerGroups);
    }

    /** The norm the finding is titled after: the first of the worst kind. */
    public Norm norm() {
        return norms.get(0);
    }

    public String measureId() {
        return key.measureId();
    }

    public boolean isBreach() {
        return kind.isBreach();
    }

    /** The first limit the decisive grounds compared, or null. */
    public LimitComparison limit() {
        return decisive.stream()
                .map(Ground::limit)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** The rule of the first decisive ground. */
    public String rule() {
        return decisive.get(0).rule();
    }
}
