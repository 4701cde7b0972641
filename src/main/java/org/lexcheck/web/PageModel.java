package org.lexcheck.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every page's header needs: the signed-in user's name, the page's language and the links
 * that switch it (the same address with {@code lang} set; a form's result links to the form anew).
 */
final class PageModel implements HandlerInterceptor {

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")) return;
        fill(view.getModelMap(), request);
    }

    static void fill(Model model, HttpServletRequest request) {
        fill(model.asMap(), request);
    }

    private static void fill(Map<String, Object> model, HttpServletRequest request) {
        Principal user = request.getUserPrincipal();
        model.put("userName", user == null ? null : user.getName());
        model.put("pageLang", PageLanguage.of(request).code());
        model.put("langEn", switchTo(request, "en"));
        model.put("langNl", switchTo(request, "nl"));
    }

    private static String switchTo(HttpServletRequest request, String lang) {
        boolean get = "GET".equals(request.getMethod()) && request.getDispatcherType() == DispatcherType.REQUEST;
        String path = get ? request.getRequestURI() : request.getContextPath() + "/";
        List<String> query = new ArrayList<>();
        if (get) {
            request.getParameterMap().forEach((name, values) -> {
                if (name.equals("lang") || name.equals("error") || name.equals("logout")) return;
                for (String v : values) query.add(encode(name) + "=" + encode(v));
            });
        }
        query.add("lang=" + lang);
        return path + "?" + String.join("&", query);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
