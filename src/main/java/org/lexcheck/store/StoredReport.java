package org.lexcheck.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One stored check: the proposal as received and the report as rendered, byte for byte, with
 * what produced them. {@code id} is given by the store; {@code team} is null for a report its
 * owner has not shared.
 */
public record StoredReport(
        String id,
        String owner,
        String team,
        Instant createdAt,
        String proposalId,
        String jurisdiction,
        List<String> referenceDates,
        String rulesVersion,
        String ontologyVersion,
        String engineVersion,
        String proposalMediaType,
        byte[] proposal,
        String reportMediaType,
        byte[] report) {

    public StoredReport {
        referenceDates = List.copyOf(referenceDates);
        proposal = proposal.clone();
        report = report.clone();
    }

    /** The same report under the id the store gave it. */
    StoredReport withId(String newId) {
        return new StoredReport(
                newId,
                owner,
                team,
                createdAt,
                proposalId,
                jurisdiction,
                referenceDates,
                rulesVersion,
                ontologyVersion,
                engineVersion,
                proposalMediaType,
                proposal,
                reportMediaType,
                report);
    }

    @Override
    public byte[] proposal() {
        return proposal.clone();
    }

    @Override
    public byte[] report() {
        return report.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredReport r
                && java.util.Objects.equals(id, r.id)
                && java.util.Objects.equals(owner, r.owner)
                && java.util.Objects.equals(team, r.team)
                && java.util.Objects.equals(createdAt, r.createdAt)
                && java.util.Objects.equals(proposalId, r.proposalId)
                && java.util.Objects.equals(jurisdiction, r.jurisdiction)
                && referenceDates.equals(r.referenceDates)
                && java.util.Objects.equals(rulesVersion, r.rulesVersion)
                && java.util.Objects.equals(ontologyVersion, r.ontologyVersion)
                && java.util.Objects.equals(engineVersion, r.engineVersion)
                && java.util.Objects.equals(proposalMediaType, r.proposalMediaType)
                && Arrays.equals(proposal, r.proposal)
                && java.util.Objects.equals(reportMediaType, r.reportMediaType)
                && Arrays.equals(report, r.report);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, owner, createdAt, Arrays.hashCode(proposal), Arrays.hashCode(report));
    }

    @Override
    public String toString() {
        // Never the proposal or the report: a stored check is confidential and must not reach a log.
        return "StoredReport[" + id + ", owner " + owner + ", proposal " + proposalId + ", " + createdAt + "]";
    }
}
