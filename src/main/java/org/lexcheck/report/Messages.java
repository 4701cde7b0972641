package org.lexcheck.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.lexcheck.knowledge.Language;

/** The report's own sentences (not the law's): from {@code lexcheck/messages_<lang>.properties}. */
public final class Messages {
    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Language language) {
        this.locale = Locale.forLanguageTag(language.code());
        this.bundle = ResourceBundle.getBundle(
                "lexcheck.messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) return pattern;
        // Parsing a pattern costs more than copying a parsed one; a MessageFormat is not thread-safe, a copy is ours.
        MessageFormat parsed = PARSED.computeIfAbsent(locale, l -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(pattern, p -> new MessageFormat(p, locale));
        return ((MessageFormat) parsed.clone()).format(args);
    }

    /** Parsed patterns by language: only the bundles' own patterns, so the cache is bounded by them. */
    private static final java.util.Map<Locale, java.util.Map<String, MessageFormat>> PARSED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A number as the language writes it: with {@code number.pattern} in the bundle (Dutch: decimal
     * comma, "24" not "24.0"), else as Java prints it (English reports keep "24.0").
     */
    public String number(Object value) {
        String pattern = has("number.pattern");
        if (pattern == null || !(value instanceof Number n)) return String.valueOf(value);
        return new java.text.DecimalFormat(pattern, java.text.DecimalFormatSymbols.getInstance(locale))
                .format(n.doubleValue());
    }

    public String has(String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : null;
    }
}
