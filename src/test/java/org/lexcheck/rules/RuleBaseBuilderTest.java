package org.lexcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexcheck.TestSupport;

class RuleBaseBuilderTest {

    @Test
    void genericRulesNameNoNormAndApplyContentFromTheClosedList() {
        RuleBase rules = TestSupport.checker().current().rules();
        assertThat(rules.rules())
                .filteredOn(r -> r.name().equals("Cumulative ceiling exceeded"))
                .singleElement()
                .satisfies(r -> assertThat(r.content()).isEqualTo(NormContent.CUMULATIVE_LIMIT));
        assertThat(rules.rules())
                .filteredOn(r -> r.name().equals("Ceiling exceeded"))
                .singleElement()
                .satisfies(r -> assertThat(r.norm()).isNull());
        assertThat(rules.rules())
                .allSatisfy(r -> assertThat(r.content()).as(r.name()).isNotNull());
        assertThat(rules.version()).hasSize(12);
    }

    @Test
    void aSyntaxErrorIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.drl"), """
                package org.lexcheck.rules.broken;

                rule "Broken"
                when
                    String( length > )
                then
                end
                """);
        assertThatThrownBy(() -> RuleBaseBuilder.build(dir))
                .isInstanceOf(RuleBuildException.class)
                .satisfies(e -> assertThat(((RuleBuildException) e).errors())
                        .anyMatch(l -> l.matches("rules/broken\\.drl:\\d+: .*")));
    }

    @Test
    void theVersionChangesWithTheContent(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.drl"), "package org.lexcheck.rules.a;\nrule \"A\" when then end\n");
        String first = RuleBaseBuilder.build(dir).version();
        Files.writeString(dir.resolve("a.drl"), "package org.lexcheck.rules.a;\nrule \"B\" when then end\n");
        assertThat(RuleBaseBuilder.build(dir).version()).isNotEqualTo(first);
    }
}
