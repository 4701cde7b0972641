package org.lexcheck.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.lexcheck.knowledge.Language;
import org.lexcheck.proposal.InvalidProposalException;

/** Reads query parameters so that a bad value is a problem naming that parameter and its allowed values. */
final class QueryParameters {
    private static final List<String> BOOLEANS = List.of("true", "false");

    private QueryParameters() {}

    /** Absent: English; otherwise one of the languages lexcheck writes. */
    static Language language(String name, String value) {
        if (value == null) return Language.EN;
        return Language.of(value)
                .orElseThrow(() -> new InvalidProposalException(
                        name, "unsupported language '" + shown(value) + "'", Language.codes()));
    }

    /** Absent or empty: false. */
    static boolean bool(String name, String value) {
        if (value == null || value.isEmpty()) return false;
        if (!BOOLEANS.contains(value))
            throw new InvalidProposalException(name, "expected true or false, got '" + shown(value) + "'", BOOLEANS);
        return Boolean.parseBoolean(value);
    }

    /** Absent or blank: null. */
    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidProposalException(name, "expected a date YYYY-MM-DD, got '" + shown(value) + "'");
        }
    }

    /** Comma-separated dates, at least one; each bad one is named with the parameter. */
    static List<LocalDate> dates(String name, String value) {
        List<LocalDate> dates = new ArrayList<>();
        for (String d : value.split(",", -1)) {
            d = d.strip();
            if (d.isEmpty())
                throw new InvalidProposalException(
                        name, "expected dates YYYY-MM-DD separated by commas, got '" + shown(value) + "'");
            dates.add(date(name, d));
        }
        return dates;
    }

    private static String shown(String value) {
        String s = value.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
