package org.lexcheck.knowledge;

import java.util.List;
import java.util.Set;

/**
 * An instrument that is not yet law (issue 11, item 7): a Commission proposal or a provisionally
 * agreed text ({@code lx:legislativeStatus}), with the norms drawn from it and the instruments it
 * would repeal ({@code lx:wouldRepeal}). It has no date of application: a check leaves it out
 * unless asked to assume pending law ({@link KnowledgeBase#withPending()}), and then applies it as
 * if it applied from the reference date. {@code label} is how findings name it ("proposal
 * COM(2025) 101").
 */
public record PendingLaw(
        Instrument instrument, Status status, LocalizedText label, Set<String> wouldRepeal, List<Norm> norms)
        implements java.io.Serializable {

    /** The stage the instrument has reached; an adopted instrument is not pending. */
    public enum Status {
        PROPOSED,
        PROVISIONALLY_AGREED;

        static Status fromIri(String iri) {
            return iri.endsWith("#ProvisionallyAgreed") ? PROVISIONALLY_AGREED : PROPOSED;
        }
    }

    public PendingLaw {
        wouldRepeal = Set.copyOf(wouldRepeal);
        norms = List.copyOf(norms);
    }
}
