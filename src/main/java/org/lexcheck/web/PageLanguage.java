package org.lexcheck.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.lexcheck.knowledge.Language;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The page's language: the one chosen with {@code ?lang=en|nl} (kept in the session), else Dutch
 * for a browser that prefers it, else English. Any other value of {@code lang} is ignored.
 */
final class PageLanguage implements LocaleResolver {
    static final String ATTRIBUTE = PageLanguage.class.getName();

    /** The language of this request, as the page and the reports it asks for use it. */
    static Language of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof Language chosen) return chosen;
        String accept = request.getHeader("Accept-Language");
        return accept != null && accept.trim().toLowerCase(Locale.ROOT).startsWith("nl") ? Language.NL : Language.EN;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return Locale.forLanguageTag(of(request).code());
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Language.of(locale == null ? "" : locale.getLanguage())
                .ifPresent(l -> request.getSession().setAttribute(ATTRIBUTE, l));
    }

    /** Keeps {@code ?lang=} in the session. */
    static final class Switch implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String lang = request.getParameter("lang");
            if (lang != null)
                Language.of(lang).ifPresent(l -> request.getSession().setAttribute(ATTRIBUTE, l));
            return true;
        }
    }
}
