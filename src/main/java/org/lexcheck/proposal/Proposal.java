package org.lexcheck.proposal;

import java.time.LocalDate;
import java.util.List;

/** A policy proposal as submitted: the state adopting it, its entry into force and its measures. */
public record Proposal(String id, String title, String jurisdiction, LocalDate entryIntoForce, List<Measure> measures) {
    public Proposal {
        measures = List.copyOf(measures);
    }

    /** The same proposal adopted by another state: how one proposal is checked for several states side by side. */
    public Proposal in(String state) {
        return new Proposal(id, title, state, entryIntoForce, measures);
    }
}
