package org.lexcheck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lexcheck.system.CheckAdmission;
import org.lexcheck.system.CheckMetrics;
import org.lexcheck.system.Limits;

/** Beyond the configured number of checks at once, the next is refused at once (429), and a permit returns. */
class CheckAdmissionTest {

    @Test
    void theCheckBeyondTheLimitIsRefusedUntilAPermitReturns() {
        CheckAdmission admission = new CheckAdmission(new Limits(1024, 10, Duration.ofSeconds(1), 100, 2));
        try (var a = admission.enter();
                var b = admission.enter()) {
            assertThatThrownBy(admission::enter)
                    .isInstanceOf(CheckAdmission.TooManyChecksException.class)
                    .hasMessageContaining("lexcheck.limits.concurrent-checks");
        }
        try (var again = admission.enter()) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void theRefusalIsA429ProblemWithRetryAfter() {
        var metrics = new CheckMetrics(
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry(),
                new org.lexcheck.system.KnowledgeReloader(org.lexcheck.TestSupport.checker(), null, null));
        var answer = new ProblemHandler(metrics).tooMany(new CheckAdmission.TooManyChecksException(2));
        assertThat(answer.getStatusCode().value()).isEqualTo(429);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(answer.getBody().getType()).hasToString("urn:lexcheck:problem:too-many-checks");
    }
}
