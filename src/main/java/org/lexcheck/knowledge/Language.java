package org.lexcheck.knowledge;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A language the knowledge base writes the law in and the report is rendered in; {@code code} is its tag ("nl"). */
public enum Language {
    EN("en"),
    NL("nl");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The language with this tag, if it is one lexcheck writes. */
    public static Optional<Language> of(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }

    /** The tags, for messages that list the allowed values. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(Language::code).toList();
    }
}
