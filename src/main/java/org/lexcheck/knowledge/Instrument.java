package org.lexcheck.knowledge;

import java.time.LocalDate;
import java.util.Set;

/**
 * A treaty, charter, regulation or directive: when it applies and which states it binds.
 * {@code appliesUntil} is the last day of application (null while in force).
 */
public record Instrument(
        String iri,
        String code,
        String title,
        LocalDate appliesFrom,
        LocalDate appliesUntil,
        String repealedBy,
        Set<String> boundStates,
        VerificationStatus verification) {

    public Instrument {
        boundStates = Set.copyOf(boundStates);
    }

    public boolean binds(String state) {
        return boundStates.contains(state);
    }

    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(appliesFrom) && (appliesUntil == null || !date.isAfter(appliesUntil));
    }
}
