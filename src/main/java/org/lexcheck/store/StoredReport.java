package org.lexcheck.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One stored check: the proposal as received and the report as rendered, byte for byte, with
 * what produced them. {@code id} is given by the store; {@code team} is null for a report its
 * owner has not shared. {@code parameters} are the request's options (date, states, language...)
 * as given, so that the check can be run again; {@code findings} is the same answer as JSON
 * reports (one per state or date), which a later version's answer is compared with;
 * {@code revisionOf} names the stored check this one re-ran, or is null.
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
        byte[] report,
        Map<String, String> parameters,
        byte[] findings,
        String revisionOf) {

    public StoredReport {
        referenceDates = List.copyOf(referenceDates);
        proposal = proposal.clone();
        report = report.clone();
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
        findings = findings == null ? new byte[0] : findings.clone();
    }

    /** A check stored without its parameters and findings (a store test, an import). */
    public StoredReport(
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
        this(
                id,
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
                report,
                Map.of(),
                null,
                null);
    }

    /** The same report under the id the store gave it. */
    StoredReport withId(String newId) {
        return with(newId, team);
    }

    /** The same report shared with {@code newTeam} (null: with nobody). */
    StoredReport withTeam(String newTeam) {
        return with(id, newTeam);
    }

    private StoredReport with(String newId, String newTeam) {
        return new StoredReport(
                newId,
                owner,
                newTeam,
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
                report,
                parameters,
                findings,
                revisionOf);
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
    public byte[] findings() {
        return findings.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredReport r
                && Objects.equals(id, r.id)
                && Objects.equals(owner, r.owner)
                && Objects.equals(team, r.team)
                && Objects.equals(createdAt, r.createdAt)
                && Objects.equals(proposalId, r.proposalId)
                && Objects.equals(jurisdiction, r.jurisdiction)
                && referenceDates.equals(r.referenceDates)
                && Objects.equals(rulesVersion, r.rulesVersion)
                && Objects.equals(ontologyVersion, r.ontologyVersion)
                && Objects.equals(engineVersion, r.engineVersion)
                && Objects.equals(proposalMediaType, r.proposalMediaType)
                && Arrays.equals(proposal, r.proposal)
                && Objects.equals(reportMediaType, r.reportMediaType)
                && Arrays.equals(report, r.report)
                && parameters.equals(r.parameters)
                && Arrays.equals(findings, r.findings)
                && Objects.equals(revisionOf, r.revisionOf);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, owner, createdAt, Arrays.hashCode(proposal), Arrays.hashCode(report));
    }

    @Override
    public String toString() {
        // Never the proposal or the report: a stored check is confidential and must not reach a log.
        return "StoredReport[" + id + ", owner " + owner + ", proposal " + proposalId + ", " + createdAt + "]";
    }
}
