package org.lexcheck.referencecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;

/**
 * Every measure type of the vocabulary has a norm and at least three reference cases; every
 * rule fires in some case. Reads the outcomes of the one run of the cases
 * ({@link ReferenceCaseOutcomes}); the same checks as {@code lexcheck verify} and {@code coverage}.
 */
class CoverageTest {

    @Test
    void everyMeasureTypeHasANormAndThreeCasesAndEveryRuleFires() {
        var checker = TestSupport.checker();
        Coverage coverage = ReferenceCaseOutcomes.coverage();
        Map<String, Integer> casesPerType = new HashMap<>();
        for (var entry : ReferenceCaseOutcomes.all().values()) {
            var outcome = entry.outcome();
            if (outcome != null && outcome.report() != null) {
                outcome.report().measures().stream()
                        .map(m -> m.type())
                        .distinct()
                        .forEach(t -> casesPerType.merge(t, 1, Integer::sum));
            }
        }
        assertThat(coverage.gaps()).isEmpty();
        for (String type :
                checker.current().knowledge().vocabulary().measureTypes().keySet()) {
            assertThat(casesPerType.getOrDefault(type, 0))
                    .as("reference cases for " + type)
                    .isGreaterThanOrEqualTo(3);
        }
        for (var rule : checker.current().rules().rules()) {
            assertThat(coverage.casesOfRule(rule.name()))
                    .as("cases in which rule '" + rule.name() + "' fires")
                    .isNotEmpty();
        }
    }

    /**
     * Every permission (a may-clause, a derogation, an optional condition) is shown in some reference
     * case: a case that expects it among the unused options and whose report lists it, or a case in
     * which a measure uses it (a finding rests on it).
     */
    @Test
    void everyPermissionIsShownListedOrUsedInSomeCase() {
        var kb = TestSupport.checker().current().knowledge();
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (var entry : ReferenceCaseOutcomes.all().values()) {
            var outcome = entry.outcome();
            if (outcome == null || outcome.report() == null) continue;
            var report = outcome.report();
            for (var f : report.findings()) {
                shown.add(f.norm());
                if (f.norms() != null) shown.addAll(f.norms());
            }
            if (report.options() == null) continue;
            for (var option : report.options()) {
                if (outcome.referenceCase().options().stream()
                        .anyMatch(expected -> option.citations().stream().anyMatch(expected::matches)))
                    shown.add(option.norm());
            }
        }
        java.util.List<String> missing = kb.norms().stream()
                .filter(n -> n.isPermission() && !shown.contains(n.iri()))
                .map(n -> n.iri() + " (" + n.label().in(org.lexcheck.knowledge.Language.EN) + ")")
                .sorted()
                .toList();
        assertThat(missing)
                .as("permissions that no reference case shows listed or used")
                .isEmpty();
    }
}
