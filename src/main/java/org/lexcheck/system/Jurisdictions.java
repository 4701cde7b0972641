package org.lexcheck.system;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lexcheck.proposal.InvalidProposalException;

/**
 * The states of a side-by-side check ({@code --jurisdictions NL,DK} on the command line,
 * {@code jurisdictions=NL,DK} on REST): codes of the vocabulary's states, each once, the first
 * being the reference column.
 */
public final class Jurisdictions {
    /**
     * At most this many states in one comparison: the 27 member states, the four Schengen associates
     * and the United Kingdom, each once. Every state costs one full check.
     */
    public static final int MAX = 32;

    private Jurisdictions() {}

    /** Splits and checks a comma-separated list; an unknown, repeated or missing code is refused naming the field. */
    public static List<String> parse(String field, String csv, Set<String> known) {
        if (csv == null || csv.isBlank())
            throw new InvalidProposalException(field, "at least one state code is required, e.g. NL,DK,BE");
        Set<String> states = new LinkedHashSet<>();
        List<String> codes = new ArrayList<>(List.of(csv.split(",", -1)));
        if (codes.size() > MAX)
            throw new InvalidProposalException(
                    field, "at most " + MAX + " states can be compared at once (got " + codes.size() + ")");
        for (String raw : codes) {
            String code = raw.strip();
            if (code.isEmpty())
                throw new InvalidProposalException(field, "an empty state code (codes are separated by single commas)");
            if (!known.contains(code))
                throw new InvalidProposalException(
                        field,
                        "unknown state '" + (code.length() > 16 ? code.substring(0, 16) + "..." : code) + "'",
                        List.copyOf(new TreeSet<>(known)));
            if (!states.add(code)) throw new InvalidProposalException(field, "state '" + code + "' is given twice");
        }
        return List.copyOf(states);
    }
}
