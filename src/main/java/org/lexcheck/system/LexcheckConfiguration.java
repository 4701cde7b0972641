package org.lexcheck.system;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the service's {@link Checker} once at startup from {@code lexcheck.ontology} and
 * {@code lexcheck.rules} (defaults: ./ontology and ./rules, else the copies in the jar).
 * A knowledge base or rule base that does not build stops startup.
 */
@Configuration
class LexcheckConfiguration {

    @Bean
    Checker checker(@Value("${lexcheck.ontology:}") String ontology, @Value("${lexcheck.rules:}") String rules) {
        return Checker.load(ontology.isBlank() ? null : Path.of(ontology), rules.isBlank() ? null : Path.of(rules));
    }
}
