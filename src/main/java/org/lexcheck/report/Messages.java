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
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

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
