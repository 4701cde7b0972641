package org.lexcheck.archive;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.lexcheck.proposal.Proposal;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.report.LawChange;
import org.lexcheck.report.Report;
import org.lexcheck.report.ReportFormat;
import org.lexcheck.report.ReportWriter;
import org.lexcheck.store.ReportQuery;
import org.lexcheck.store.ReportStore;
import org.lexcheck.store.StoredReport;
import org.lexcheck.system.Checker;
import org.lexcheck.system.EngineVersion;
import org.lexcheck.system.Limits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks kept for their owner: each answered check is stored with its proposal and document
 * byte for byte, the request that produced it and its findings as JSON reports; a reader sees
 * their own and those shared with one of their teams (nobody else learns that a report exists);
 * a stored check can be answered again by the law serving now, which stores the new answer as a
 * revision of the old and says what changed in the law since ({@link LawChange}).
 */
@Component
public final class StoredChecks {
    /** Ids are the store's UUIDs; anything else names no report (and never reaches a query). */
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** Reads reports written by this or an earlier version: a field added since is simply absent then. */
    private static final JsonMapper FINDINGS = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final ReportStore store;
    private final Clock clock;
    private final Limits limits;

    @Autowired
    public StoredChecks(ReportStore store, Limits limits) {
        this(store, Clock.systemUTC(), limits);
    }

    public StoredChecks(ReportStore store, Clock clock, Limits limits) {
        this.store = store;
        this.clock = clock;
        this.limits = limits;
    }

    /** Keeps an answered check under a new id; {@code revisionOf} is the stored check it re-ran, or null. */
    public StoredReport store(
            String owner,
            Checker.Pinned pinned,
            Proposal proposal,
            ProposalFormat format,
            byte[] body,
            CheckRequest request,
            CheckRun.Answer answer,
            String revisionOf) {
        return store.save(new StoredReport(
                null,
                owner,
                null,
                Instant.now(clock),
                proposal.id(),
                proposal.jurisdiction(),
                answer.referenceDates(),
                pinned.version().rules().version(),
                pinned.version().knowledge().version(),
                EngineVersion.get(),
                "application/" + format.name().toLowerCase(Locale.ROOT),
                body,
                request.output().mediaType(),
                answer.document().getBytes(StandardCharsets.UTF_8),
                request.parameters(),
                ReportWriter.json()
                        .writer()
                        .without(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsBytes(answer.reports()),
                revisionOf));
    }

    /** The stored check if {@code reader} owns it or it is shared with one of {@code teams}. */
    public Optional<StoredReport> find(String id, String reader, Set<String> teams) {
        if (id == null || !ID.matcher(id).matches()) return Optional.empty();
        return store.find(id, reader, teams);
    }

    public List<StoredReport> list(ReportQuery query) {
        return store.list(query);
    }

    /** Shares the owner's stored check with {@code team} (null: with nobody). */
    public Optional<StoredReport> share(String id, String owner, String team) {
        if (id == null || !ID.matcher(id).matches()) return Optional.empty();
        return store.share(id, owner, team);
    }

    /** Deletes the owner's stored check; false when the owner has no such check. */
    public boolean delete(String id, String owner) {
        return id != null && ID.matcher(id).matches() && store.delete(id, owner);
    }

    /** The stored check's findings as reports (one per state or date); empty for a check stored without them. */
    public List<Report> reports(StoredReport stored) {
        byte[] json = stored.findings();
        if (json.length == 0) return List.of();
        return FINDINGS.readValue(json, new TypeReference<List<Report>>() {});
    }

    /** A stored check answered again: the new stored check and what changed in the law since. */
    public record Rerun(StoredReport report, LawChange change) {}

    /**
     * Answers the stored check again on {@code pinned} (the same proposal, states, dates, language and
     * format), stores the answer for {@code reader} as a revision of it, and compares the two.
     */
    public Optional<Rerun> rerun(String id, String reader, Set<String> teams, Checker.Pinned pinned) {
        Optional<StoredReport> found = find(id, reader, teams);
        if (found.isEmpty()) return Optional.empty();
        StoredReport stored = found.get();
        ProposalFormat format = ProposalFormat.valueOf(
                stored.proposalMediaType().substring("application/".length()).toUpperCase(Locale.ROOT));
        Proposal proposal = pinned.parse(stored.proposal(), format);
        CheckRequest request = CheckRequest.again(stored.parameters(), stored.referenceDates(), output(stored));
        CheckRun.Answer answer = CheckRun.answer(pinned, proposal, request, limits);
        StoredReport saved = store(reader, pinned, proposal, format, stored.proposal(), request, answer, id);
        LawChange change = LawChange.of(
                id,
                saved.id(),
                new Report.Provenance(stored.rulesVersion(), stored.ontologyVersion(), stored.engineVersion()),
                reports(stored),
                answer.reports(),
                pinned.successions());
        return Optional.of(new Rerun(saved, change));
    }

    private static ReportFormat output(StoredReport stored) {
        for (ReportFormat f : ReportFormat.values()) if (f.mediaType().equals(stored.reportMediaType())) return f;
        return ReportFormat.JSON;
    }
}
