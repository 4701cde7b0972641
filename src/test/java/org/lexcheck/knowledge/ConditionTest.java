package org.lexcheck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A condition on other parameters: one semantics for limits and safeguard requirements (contract section 8). */
class ConditionTest {
    /** The mandatory border procedure's: capacity not reached, and the highest rate at most 20 %. */
    private static final Condition MANDATORY = new Condition(
            "capacityReached",
            Condition.Operator.EQUALS,
            "false",
            new Condition("highestRecognitionRatePercent", Condition.Operator.AT_MOST, "20"));

    private static Condition.Outcome test(Map<String, String> values) {
        return MANDATORY.test(values::get);
    }

    @Test
    void bothPartsHoldingHolds() {
        assertThat(test(Map.of("capacityReached", "false", "highestRecognitionRatePercent", "3")))
                .isEqualTo(Condition.Outcome.HOLDS);
        assertThat(test(Map.of("capacityReached", "false", "highestRecognitionRatePercent", "20.0")))
                .isEqualTo(Condition.Outcome.HOLDS);
    }

    @Test
    void eitherPartFailingFails_evenWhenTheOtherIsUnstated() {
        assertThat(test(Map.of("highestRecognitionRatePercent", "35"))).isEqualTo(Condition.Outcome.FAILS);
        assertThat(test(Map.of("capacityReached", "true"))).isEqualTo(Condition.Outcome.FAILS);
    }

    @Test
    void anUnstatedPartIsAssumed_andOnlyThatPartIsNamed() {
        Map<String, String> values = Map.of("highestRecognitionRatePercent", "12");
        assertThat(test(values)).isEqualTo(Condition.Outcome.UNSTATED);
        Condition assumed = MANDATORY.unstatedParts(values::get);
        assertThat(assumed.parts()).extracting(Condition::parameter).containsExactly("capacityReached");
    }

    @Test
    void aSingleConditionKeepsItsMeaning() {
        Condition notNone = new Condition("rightToRemainException", Condition.Operator.NOT_EQUALS, "NONE");
        assertThat(notNone.test(Map.of("rightToRemainException", "NONE")::get)).isEqualTo(Condition.Outcome.FAILS);
        assertThat(notNone.test(Map.of("rightToRemainException", "ALL_SUBSEQUENT")::get))
                .isEqualTo(Condition.Outcome.HOLDS);
        assertThat(notNone.test(Map.<String, String>of()::get)).isEqualTo(Condition.Outcome.UNSTATED);
        assertThat(notNone.parts()).containsExactly(notNone);
    }
}
