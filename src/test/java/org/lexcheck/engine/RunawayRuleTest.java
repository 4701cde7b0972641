package org.lexcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexcheck.TestSupport;
import org.lexcheck.knowledge.Language;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.report.Verdict;
import org.lexcheck.system.Checker;

/**
 * A rule an author wrote that fires without end is stopped by the firing limit of its session,
 * named with the rule-set version, while a check on the real rules, run at the same time,
 * carries on unaffected.
 */
class RunawayRuleTest {
    private static final String RUNAWAY = """
            package org.lexcheck.rules.runaway;

            import org.lexcheck.engine.MeasureFact;

            // Updates the fact it matches, so that it matches again: a loop.
            rule "runaway: touches its own measure"
            when
                $m : MeasureFact()
            then
                update($m);
            end
            """;

    @Test
    void aLoopingRuleIsStoppedAndNamedWhileAnotherCheckCarriesOn(@TempDir Path rules) throws Exception {
        Files.copy(Path.of("rules/generic.drl"), rules.resolve("generic.drl"));
        Files.writeString(rules.resolve("runaway.drl"), RUNAWAY);
        Checker looping = Checker.load(Path.of("ontology"), rules);
        Checker real = TestSupport.checker();
        byte[] proposal = Files.readAllBytes(Path.of("examples/nl-subsidiary-protection-waiting-36-months.json"));
        LocalDate date = LocalDate.parse("2026-12-01");

        CompletableFuture<Throwable> runaway = CompletableFuture.supplyAsync(() -> {
            try {
                looping.check(proposal, ProposalFormat.JSON, date, Language.EN);
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        var report = real.check(proposal, ProposalFormat.JSON, date, Language.EN);
        assertThat(report.summary().verdict()).isEqualTo(Verdict.CONFLICT);

        Throwable stopped = runaway.get();
        assertThat(stopped)
                .isInstanceOf(CheckLimitExceededException.class)
                .hasMessageContaining("rule firings")
                .hasMessageContaining(
                        "rules version " + looping.current().rules().version())
                .hasMessageContaining("rule 'runaway: touches its own measure' fired");
        assertThatThrownBy(() -> looping.check(proposal, ProposalFormat.JSON, date, Language.EN))
                .as("every time, not once")
                .isInstanceOf(CheckLimitExceededException.class);
    }
}
