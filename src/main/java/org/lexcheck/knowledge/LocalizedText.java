package org.lexcheck.knowledge;

import java.util.Map;

/** A text in several languages (from language-tagged literals); falls back to English. */
public record LocalizedText(Map<String, String> byLanguage) implements java.io.Serializable {
    public LocalizedText {
        byLanguage = Map.copyOf(byLanguage);
    }

    public String in(Language language) {
        String text = byLanguage.get(language.code());
        if (text == null) text = byLanguage.get(Language.EN.code());
        if (text == null) text = byLanguage.get("");
        return text == null ? "" : text;
    }

    /** The text in that language, else {@code fallback}: for names given only where they differ (an abbreviation). */
    public String in(Language language, String fallback) {
        String text = byLanguage.get(language.code());
        return text == null || text.isBlank() ? fallback : text;
    }

    /** A text with no language (an untagged literal, a code). */
    public static LocalizedText of(String text) {
        return new LocalizedText(text == null ? Map.of() : Map.of("", text));
    }
}
