package org.lexcheck.knowledge;

import java.time.LocalDate;
import java.util.Set;

/**
 * A treaty, charter, regulation or directive: when it applies and which states it binds, some
 * of them only for a window of time ({@link Accession}: a dated treaty party, a later opt-in, a
 * withdrawal). A state with a window is bound only within it, whatever its groups.
 * {@code appliesUntil} is the last day of application (null while in force). {@code abbreviation}
 * is the short name lawyers write in a language ("EVRM"); where none is given the code stands.
 */
public record Instrument(
        String iri,
        String code,
        LocalizedText abbreviation,
        LocalizedText title,
        LocalDate appliesFrom,
        LocalDate appliesUntil,
        String repealedBy,
        Set<String> boundStates,
        java.util.List<Accession> accessions,
        VerificationStatus verification)
        implements java.io.Serializable {

    /**
     * A state bound only for a window of time: a treaty party from the treaty's entry into force
     * for it ({@code lx:party}), a later opt-in, a withdrawal ({@code lx:accession}); {@code until}
     * inclusive, null if open.
     */
    public record Accession(String state, LocalDate from, LocalDate until) implements java.io.Serializable {
        boolean covers(String s, LocalDate date) {
            return state.equals(s) && !date.isBefore(from) && (until == null || !date.isAfter(until));
        }
    }

    public Instrument {
        boundStates = Set.copyOf(boundStates);
        accessions = java.util.List.copyOf(accessions);
    }

    /** The short name in that language, the code where the ontology gives none. */
    public String abbreviation(Language language) {
        return abbreviation.in(language, code);
    }

    /** Whether the instrument binds the state on that date (its own dates of application aside). */
    public boolean binds(String state, LocalDate date) {
        return boundStates.contains(state) || accessions.stream().anyMatch(a -> a.covers(state, date));
    }

    /**
     * The day from which the state is bound when it is not bound on that date but will be (a
     * treaty not yet in force for it, a later opt-in); null otherwise.
     */
    public LocalDate bindingFrom(String state, LocalDate date) {
        if (binds(state, date)) return null;
        return accessions.stream()
                .filter(a -> a.state().equals(state) && a.from().isAfter(date))
                .map(Accession::from)
                .min(LocalDate::compareTo)
                .orElse(null);
    }

    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(appliesFrom) && (appliesUntil == null || !date.isAfter(appliesUntil));
    }
}
