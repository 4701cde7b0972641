package org.lexcheck.system;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which beans start with the service although the framework's own start lazily
 * ({@code spring.main.lazy-initialization=true} in application.properties; docs/performance.md,
 * "Service start"): every bean of lexcheck's own, so that the law is loaded and validated, the
 * report store opened, the first administrator made, the reload watch, the retention and the
 * metrics running before the service is ready, and a broken law or store stops the start as
 * before. The page ({@code org.lexcheck.web}) and the API description are made at their first
 * request, like the framework's beans (the MVC and Thymeleaf machinery, springdoc, the actuator
 * endpoints): about a fifth of the start's main-thread time moves to the first request of each.
 */
@Configuration(proxyBeanMethods = false)
class EagerBeans {

    @Bean
    static LazyInitializationExcludeFilter lexcheckBeansStartEagerly() {
        return EagerBeans::eager;
    }

    static boolean eager(String name, BeanDefinition definition, Class<?> type) {
        String declaredBy =
                definition instanceof AnnotatedBeanDefinition annotated && annotated.getFactoryMethodMetadata() != null
                        ? annotated.getFactoryMethodMetadata().getDeclaringClassName()
                        : type == null ? definition.getBeanClassName() : type.getName();
        return eager(declaredBy);
    }

    /** A class of lexcheck's own, but for the page and the API description. */
    static boolean eager(String className) {
        return className != null
                && className.startsWith("org.lexcheck.")
                && !className.startsWith("org.lexcheck.web.")
                && !className.equals("org.lexcheck.api.OpenApiDocumentation");
    }
}
