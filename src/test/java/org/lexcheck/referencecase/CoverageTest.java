package org.lexcheck.referencecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;

/** Every measure type of the contract has a norm and at least three reference cases; every rule fires in some case. */
class CoverageTest {

    @Test
    void everyMeasureTypeHasANormAndThreeCasesAndEveryRuleFires() throws Exception {
        var checker = TestSupport.checker();
        Coverage coverage = new Coverage(checker.current().knowledge());
        ReferenceCaseRunner runner = new ReferenceCaseRunner(checker);
        Map<String, Integer> casesPerType = new HashMap<>();
        for (Path file : ReferenceCaseLoader.files(Path.of("test-cases"))) {
            var outcome = runner.run(ReferenceCaseLoader.load(file));
            coverage.add(outcome);
            if (outcome.report() != null) {
                outcome.report().measures().stream().map(m -> m.type()).distinct().forEach(t -> casesPerType.merge(t, 1, Integer::sum));
            }
        }
        assertThat(coverage.gaps()).isEmpty();
        for (String type : checker.current().knowledge().vocabulary().measureTypes().keySet()) {
            assertThat(casesPerType.getOrDefault(type, 0)).as("reference cases for " + type).isGreaterThanOrEqualTo(3);
        }
        for (var rule : checker.current().rules().rules()) {
            assertThat(coverage.casesOfRule(rule.name())).as("cases in which rule '" + rule.name() + "' fires").isNotEmpty();
        }
    }
}
