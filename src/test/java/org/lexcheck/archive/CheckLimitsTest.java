package org.lexcheck.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.lexcheck.engine.CheckLimitExceededException;
import org.lexcheck.knowledge.Language;
import org.lexcheck.proposal.InvalidProposalException;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.report.ReportFormat;
import org.lexcheck.system.Checker;
import org.lexcheck.system.Limits;

/**
 * The limits of one request: the number of measures, and one budget of time and rule firings
 * shared by every check the answer takes (each date, each re-check of a remedy or alternative).
 */
class CheckLimitsTest {
    private static final CheckRequest ONE_DATE =
            new CheckRequest(LocalDate.parse("2026-12-01"), null, null, Language.EN, false, false, ReportFormat.JSON);

    @Test
    void moreMeasuresThanAllowedAreRefusedNamingTheField() {
        Checker.Pinned pinned = TestSupport.checker().pin();
        var proposal =
                pinned.parse(TestSupport.joinedSuspensions(3).getBytes(StandardCharsets.UTF_8), ProposalFormat.JSON);
        Limits two = new Limits(1024 * 1024, 2, Duration.ofSeconds(30), 1_000_000, 4);
        assertThatThrownBy(() -> CheckRun.answer(pinned, proposal, ONE_DATE, two))
                .isInstanceOf(InvalidProposalException.class)
                .hasMessageContaining("at most 2 measures")
                .satisfies(
                        e -> assertThat(((InvalidProposalException) e).field()).isEqualTo("measures"));
    }

    @Test
    void everyReCheckOfOneAnswerSharesOneBudget() {
        Checker.Pinned pinned = TestSupport.checker().pin();
        var proposal =
                pinned.parse(TestSupport.joinedSuspensions(4).getBytes(StandardCharsets.UTF_8), ProposalFormat.JSON);
        assertThat(CheckRun.answer(pinned, proposal, ONE_DATE, Limits.DEFAULT).reports())
                .hasSize(1);
        Limits few = new Limits(1024 * 1024, 200, Duration.ofSeconds(30), 20, 4);
        assertThatThrownBy(() -> CheckRun.answer(pinned, proposal, ONE_DATE, few))
                .isInstanceOf(CheckLimitExceededException.class)
                .hasMessageContaining("spent the request's budget")
                .hasMessageContaining("lexcheck.limits.request-firings");
        // The budget ends with the answer: the next one has its own.
        assertThat(CheckRun.answer(pinned, proposal, ONE_DATE, Limits.DEFAULT).reports())
                .hasSize(1);
    }
}
