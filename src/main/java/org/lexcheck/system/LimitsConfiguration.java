package org.lexcheck.system;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's {@link Limits} from {@code lexcheck.limits.*}; an invalid value stops the start with its name. */
@Configuration
class LimitsConfiguration {

    @Bean
    Limits limits(
            @Value("${lexcheck.limits.body-bytes:1048576}") int bodyBytes,
            @Value("${lexcheck.limits.measures:200}") int measures,
            @Value("${lexcheck.limits.request-seconds:30}") long requestSeconds,
            @Value("${lexcheck.limits.request-firings:1000000}") long requestFirings,
            @Value("${lexcheck.limits.concurrent-checks:0}") int concurrentChecks) {
        return new Limits(
                bodyBytes,
                measures,
                Duration.ofSeconds(requestSeconds),
                requestFirings,
                concurrentChecks == 0 ? Limits.DEFAULT.concurrentChecks() : concurrentChecks);
    }
}
