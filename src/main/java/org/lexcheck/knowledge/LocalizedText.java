package org.lexcheck.knowledge;

import java.util.Map;

/** A text in several languages (from language-tagged literals); falls back to English. */
public record LocalizedText(Map<String, String> byLanguage) {
    public LocalizedText {
        byLanguage = Map.copyOf(byLanguage);
    }

    public String in(String language) {
        String text = byLanguage.get(language);
        if (text == null) text = byLanguage.get("en");
        if (text == null) text = byLanguage.get("");
        return text == null ? "" : text;
    }
}
