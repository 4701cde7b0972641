package org.lexcheck.proposal;

import java.util.List;

/**
 * Input that cannot be checked: names the offending field (a path such as
 * {@code measures[0].targetGroups[1]}), what is wrong, and the allowed values where they are a closed list.
 */
public class InvalidProposalException extends RuntimeException {
    private final String field;
    private final List<String> allowed;

    public InvalidProposalException(String field, String message, List<String> allowed) {
        super(printable(message));
        this.field = printable(field);
        this.allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    public InvalidProposalException(String field, String message) {
        this(field, message, List.of());
    }

    public String field() {
        return field;
    }

    public List<String> allowed() {
        return allowed;
    }

    /** Control characters of the input written as \\uXXXX: a message must not carry escape sequences to a terminal. */
    private static String printable(String s) {
        if (s == null) return null;
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            boolean control = (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F);
            out.append(control ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    /** One line for a terminal: field, message and the allowed values. */
    public String describe() {
        String s = field + ": " + getMessage();
        if (!allowed.isEmpty()) s += " (allowed: " + String.join(", ", allowed) + ")";
        return s;
    }
}
