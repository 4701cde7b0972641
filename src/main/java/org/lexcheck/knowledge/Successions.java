package org.lexcheck.knowledge;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which provisions of an act the 2024 Pact repealed carry on in which provisions of the act that
 * replaced it ({@code ontology/successions.ttl}): APD to APR, RCD to RCD2024, QD to QR, Dublin III
 * to AMMR. A diff reads them to tell a finding that moved from a predecessor to its successor
 * from one that was resolved. Provisions are matched by instrument code, article, paragraph and
 * point, the fields a report's citation carries.
 */
public final class Successions implements java.io.Serializable {
    public static final Successions NONE = new Successions(List.of());

    /** One predecessor and its successors, with the basis and verification of the pairing. */
    public record Succession(
            String iri,
            Provision predecessor,
            List<Provision> successors,
            String basis,
            VerificationStatus verification)
            implements java.io.Serializable {}

    private final List<Succession> all;
    private final Map<String, List<Succession>> byPredecessor = new TreeMap<>();

    public Successions(List<Succession> all) {
        this.all = all.stream().sorted(Comparator.comparing(Succession::iri)).toList();
        for (Succession s : this.all) {
            byPredecessor
                    .computeIfAbsent(key(s.predecessor()), k -> new java.util.ArrayList<>())
                    .add(s);
        }
    }

    public List<Succession> all() {
        return all;
    }

    /** The succession by which the provision {@code later} succeeds {@code earlier} (both given by {@link #key}), or null. */
    public Succession find(String earlier, String later) {
        for (Succession s : byPredecessor.getOrDefault(earlier, List.of())) {
            if (s.successors().stream().anyMatch(p -> key(p).equals(later))) return s;
        }
        return null;
    }

    /** "APD|43|2|" : instrument code, article, paragraph and point (empty when absent). */
    public static String key(String instrument, String article, String paragraph, String point) {
        return instrument + "|" + article + "|" + (paragraph == null ? "" : paragraph) + "|"
                + (point == null ? "" : point);
    }

    static String key(Provision p) {
        return key(p.instrumentCode(), p.article(), p.paragraph(), p.point());
    }
}
