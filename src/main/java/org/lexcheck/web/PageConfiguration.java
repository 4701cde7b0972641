package org.lexcheck.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The page's texts ({@code lexcheck/page_<lang>.properties}, latin-1) and its language: English
 * or Dutch, switched with {@code ?lang=nl} and kept in the session ({@link PageLanguage}).
 */
@Configuration
class PageConfiguration implements WebMvcConfigurer {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("lexcheck/page");
        source.setDefaultEncoding("ISO-8859-1");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.ENGLISH);
        return source;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new PageLanguage();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PageLanguage.Switch()).excludePathPatterns("/api/**", "/actuator/**");
        registry.addInterceptor(new PageModel()).excludePathPatterns("/api/**", "/actuator/**");
    }
}
