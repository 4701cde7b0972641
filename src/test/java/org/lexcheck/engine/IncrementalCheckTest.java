package org.lexcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.lexcheck.assessment.AssessedFinding;
import org.lexcheck.assessment.Assessment;
import org.lexcheck.proposal.Measure;
import org.lexcheck.proposal.Proposal;

/** A candidate swapped into one stateful session concludes what a fresh check of it concludes, and the session returns to the proposal. */
class IncrementalCheckTest {
    private static final LocalDate DATE = LocalDate.of(2027, 3, 1);
    private final ConformityEngine engine = TestSupport.checker().current().engine();

    private static Measure measure(String id, String type, String group, Map<String, Object> params) {
        return new Measure(id, type, List.of(group), params, List.of(), List.of(), null, null);
    }

    private static List<List<Object>> outcome(Assessment a, String id) {
        return a.measure(id).findings().stream()
                .map(f -> List.<Object>of(f.key(), f.kind()))
                .toList();
    }

    @Test
    void aSwappedCandidateConcludesWhatAFreshCheckConcludesAndTheSessionComesBack() {
        Measure suspension = measure("fr", "FR_SUSPENSION", "REFUGEE", Map.of("months", new BigDecimal(24)));
        Measure asylum = measure(
                "ap", "AP_SUSPEND_ASYLUM_APPLICATIONS", "ASYLUM_APPLICANT", Map.of("months", new BigDecimal(3)));
        Proposal proposal = new Proposal("p", "t", "NL", DATE, List.of(suspension, asylum));
        Assessment before = engine.check(proposal, DATE);
        Measure window = measure("fr", "FR_REFUGEE_APPLICATION_WINDOW", "REFUGEE", Map.of("months", new BigDecimal(3)));
        Measure decision = measure("fr", "FR_DECISION_TIME_LIMIT", "REFUGEE", Map.of("months", new BigDecimal(9)));
        Measure crossing = new Measure(
                "ap",
                "BC_INSTRUMENTALISATION_CROSSING_POINTS",
                List.of("ASYLUM_APPLICANT"),
                Map.of(),
                List.of("ACCESS_TO_ASYLUM_PROCEDURE"),
                List.of(),
                null,
                null);
        try (IncrementalCheck session = engine.incremental(proposal, DATE)) {
            for (Measure candidate : List.of(window, decision, crossing)) {
                var replaced = session.replacing(candidate);
                Assessment fresh = engine.check(new Proposal("p", "t", "NL", DATE, List.of(candidate)), DATE);
                assertThat(outcome(replaced.candidate(), candidate.id()))
                        .as("%s in the session and alone", candidate.type())
                        .isEqualTo(outcome(fresh, candidate.id()));
                assertThat(replaced.candidate().measure(candidate.id()).findings())
                        .extracting(AssessedFinding::kind)
                        .isNotEmpty();
            }
            // The candidate for "ap" put "fr" back: the session holds the suspension again.
            Assessment now = session.assessment();
            assertThat(outcome(now, "fr")).isEqualTo(outcome(before, "fr"));
            assertThat(now.measure("ap").measure().type()).isEqualTo("BC_INSTRUMENTALISATION_CROSSING_POINTS");
            session.replacing(window);
            assertThat(outcome(session.assessment(), "ap")).isEqualTo(outcome(before, "ap"));
        }
    }
}
