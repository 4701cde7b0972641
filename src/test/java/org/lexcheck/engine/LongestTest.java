package org.lexcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexcheck.proposal.Measure;

/** The accumulate function behind the cumulative rule: the longest of the joined measures, kept as they come and go. */
class LongestTest {
    private final Longest longest = new Longest();

    @Test
    void theLongestStaysRightAsMeasuresComeAndGoAndTiesGoToTheLastId() throws Exception {
        var values = longest.createContext();
        longest.init(values);
        assertThat(longest.getResult(values)).isNull();
        Longest.Valued m1 = valued("m1", 12);
        Longest.Valued m2 = valued("m2", 24);
        Longest.Valued m3 = valued("m3", 24);
        longest.accumulate(values, m1);
        longest.accumulate(values, m2);
        longest.accumulate(values, m3);
        assertThat(longest.getResult(values)).isEqualTo(m3);
        // One measure reached by two norms of the limit comes twice and must go twice.
        longest.accumulate(values, m3);
        longest.reverse(values, m3);
        assertThat(longest.getResult(values)).isEqualTo(m3);
        longest.reverse(values, m3);
        assertThat(longest.getResult(values)).isEqualTo(m2);
        longest.reverse(values, m2);
        assertThat(longest.getResult(values)).isEqualTo(m1);
        longest.reverse(values, m1);
        assertThat(longest.getResult(values)).isNull();
        assertThat(longest.supportsReverse()).isTrue();
    }

    private static Longest.Valued valued(String id, int months) {
        MeasureFact fact = MeasureFact.of(new Measure(
                id,
                "FR_SUSPENSION",
                List.of("REFUGEE"),
                Map.of("months", BigDecimal.valueOf(months)),
                List.of(),
                List.of(),
                null,
                org.lexcheck.proposal.Targets.NONE));
        return new Longest.Valued(fact, months);
    }
}
