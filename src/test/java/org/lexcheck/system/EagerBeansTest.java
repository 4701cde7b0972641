package org.lexcheck.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * With the framework's beans made lazily (application.properties), lexcheck's own still start with
 * the service: ready keeps meaning that the law is loaded, and a broken law or store keeps stopping
 * the start (docs/performance.md, "Service start").
 */
class EagerBeansTest {

    @Test
    void lexchecksOwnBeansStartEagerlyButThePageAndTheApiDescription() {
        assertThat(EagerBeans.eager("org.lexcheck.system.LexcheckConfiguration"))
                .isTrue();
        assertThat(EagerBeans.eager("org.lexcheck.api.KnowledgeHealth")).isTrue();
        assertThat(EagerBeans.eager("org.lexcheck.security.SecurityConfiguration"))
                .isTrue();
        assertThat(EagerBeans.eager("org.lexcheck.web.PageChecks")).isFalse();
        assertThat(EagerBeans.eager("org.lexcheck.api.OpenApiDocumentation")).isFalse();
        assertThat(EagerBeans.eager("org.springdoc.webmvc.ui.SwaggerConfig")).isFalse();
        assertThat(EagerBeans.eager("org.thymeleaf.spring6.view.ThymeleafViewResolver"))
                .isFalse();
        assertThat(EagerBeans.eager((String) null)).isFalse();
    }

    @Test
    void aBeanMethodCountsForTheClassThatDeclaresIt() {
        try (var context = new AnnotationConfigApplicationContext(Declaring.class)) {
            var definition = context.getBeanFactory().getBeanDefinition("made");
            assertThat(EagerBeans.eager("made", definition, StringBuilder.class))
                    .isTrue();
        }
        assertThat(EagerBeans.eager("plain", new RootBeanDefinition(StringBuilder.class), StringBuilder.class))
                .isFalse();
    }

    @Test
    void theFrameworkStartsLazily() throws Exception {
        var properties = new java.util.Properties();
        try (var in = EagerBeansTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        assertThat(properties.getProperty("spring.main.lazy-initialization")).isEqualTo("true");
    }

    @org.springframework.context.annotation.Configuration
    static class Declaring {
        @org.springframework.context.annotation.Bean
        StringBuilder made() {
            return new StringBuilder();
        }
    }
}
