package org.lexcheck.proposal;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Refuses texts that the reports cannot carry safely, the same for JSON, YAML and XML input:
 * longer than {@link #MAX_CHARS}, or holding control characters, which would make the XML report
 * ill-formed and pass terminal escape sequences into text output. Tab and line breaks are allowed.
 */
final class ProposalTexts {
    /** Longest text in a proposal, in characters (64 Ki). */
    static final int MAX_CHARS = 64 * 1024;

    private ProposalTexts() {}

    /** Checks every field name and text in the tree; {@code path} names the node as the validator does. */
    static void check(JsonNode node, String path) {
        if (node.isString()) {
            check(node.asString(), path);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) check(node.get(i), path + "[" + i + "]");
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String field = path.isEmpty() ? shown(e.getKey()) : path + "." + shown(e.getKey());
                check(e.getKey(), field);
                check(e.getValue(), field);
            }
        }
    }

    private static void check(String text, String field) {
        if (text.length() > MAX_CHARS) {
            throw new InvalidProposalException(
                    field, "text longer than " + MAX_CHARS + " characters (" + text.length() + ")");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                throw new InvalidProposalException(
                        field,
                        String.format(
                                "control character U+%04X at position %d is not allowed"
                                        + " (only tab and line breaks are)",
                                (int) c, i + 1));
            }
        }
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    /** A field name as it may be printed: control characters written as \\uXXXX, never raw. */
    static String shown(String name) {
        StringBuilder s = new StringBuilder();
        for (char c : name.toCharArray())
            s.append(isControl(c) || c == '\t' || c == '\n' || c == '\r' ? String.format("\\u%04X", (int) c) : c);
        return s.length() > 200 ? s.substring(0, 200) + "..." : s.toString();
    }
}
