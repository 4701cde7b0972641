package org.lexcheck.api;

import org.lexcheck.system.Checker;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The knowledge and rules serving: {@code /actuator/health} (component {@code knowledge}, part of
 * readiness: a replica without a loaded version is not ready) and {@code /actuator/info} (the
 * versions, so that an operator sees which version of the law answers).
 */
@Component("knowledge")
class KnowledgeHealth implements HealthIndicator, InfoContributor {
    private final Checker checker;

    KnowledgeHealth(Checker checker) {
        this.checker = checker;
    }

    @Override
    public Health health() {
        var version = checker.current();
        if (version == null) return Health.down().build();
        return Health.up()
                .withDetail("rulesVersion", version.rules().version())
                .withDetail("ontologyVersion", version.knowledge().version())
                .build();
    }

    @Override
    public void contribute(Info.Builder builder) {
        var version = checker.current();
        builder.withDetail(
                "knowledge",
                java.util.Map.of(
                        "rulesVersion", version.rules().version(),
                        "ontologyVersion", version.knowledge().version()));
    }
}
