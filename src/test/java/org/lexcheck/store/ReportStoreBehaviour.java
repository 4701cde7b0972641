package org.lexcheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link ReportStore} does, whichever engine keeps the reports: byte-exact, visible only
 * to their owner and the team they are shared with, kept across restarts. Each store's test
 * extends it ({@link Tdb2ReportStoreTest}, {@link SparqlStoreFusekiTest}).
 */
abstract class ReportStoreBehaviour {
    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    static StoredReport report(String owner, String team, String proposalId, Instant at, byte[] body) {
        return new StoredReport(
                null,
                owner,
                team,
                at,
                proposalId,
                "NL",
                List.of("2026-06-11", "2026-06-12"),
                "rules1",
                "onto1",
                "0.1.0",
                "application/json",
                ("{\"id\":\"" + proposalId + "\"}").getBytes(StandardCharsets.UTF_8),
                "application/json",
                body);
    }

    /** An empty store of its own for one test. */
    abstract ReportStore fresh();

    /**
     * A store kept in {@code data}: empty when first opened on that folder, and opened again on
     * the same folder it holds what was saved before.
     */
    abstract ReportStore durable(Path data);

    @Test
    void aStoredReportComesBackByteForByteToItsOwnerAndTeamOnly() {
        byte[] body = "\uFEFF{\"verdict\":\"CONFLICT\",\"title\":\"Syrië\"}\r\n\u0000".getBytes(StandardCharsets.UTF_8);
        try (ReportStore store = fresh()) {
            StoredReport saved = store.save(report("anna", "asylum-team", "p1", T0, body));
            assertThat(saved.id()).isNotBlank();
            StoredReport found = store.find(saved.id(), "anna", Set.of()).orElseThrow();
            assertThat(found).isEqualTo(saved);
            assertThat(found.report()).isEqualTo(body);
            assertThat(found.referenceDates()).containsExactly("2026-06-11", "2026-06-12");
            assertThat(store.find(saved.id(), "bram", Set.of()))
                    .as("another adviser")
                    .isEmpty();
            assertThat(store.find(saved.id(), "bram", Set.of("asylum-team")))
                    .as("a team member")
                    .isPresent();
            assertThat(store.find("no-such-id", "anna", Set.of())).isEmpty();
            assertThat(found.toString()).doesNotContain("CONFLICT", "Syri");
        }
    }

    @Test
    void aLargeReportKeptCompressedComesBackByteForByte() throws Exception {
        byte[] body = java.nio.file.Files.readAllBytes(
                Path.of("examples/nl-subsidiary-protection-waiting-36-months.report.txt"));
        byte[] big = new byte[body.length * 8];
        for (int i = 0; i < 8; i++) System.arraycopy(body, 0, big, i * body.length, body.length);
        try (ReportStore store = fresh()) {
            StoredReport saved = store.save(report("anna", null, "p1", T0, big));
            assertThat(store.find(saved.id(), "anna", Set.of()).orElseThrow().report())
                    .isEqualTo(big);
        }
    }

    @Test
    void parametersFindingsAndRevisionComeBackAndOnlyTheOwnerShares(@TempDir Path data) {
        StoredReport r = report("anna", null, "p1", T0, new byte[] {7});
        StoredReport full = new StoredReport(
                null,
                r.owner(),
                null,
                r.createdAt(),
                r.proposalId(),
                r.jurisdiction(),
                r.referenceDates(),
                r.rulesVersion(),
                r.ontologyVersion(),
                r.engineVersion(),
                r.proposalMediaType(),
                r.proposal(),
                r.reportMediaType(),
                r.report(),
                java.util.Map.of("dates", "2026-06-11,2026-06-12", "lang", "nl & en="),
                "[{\"findings\":[]}]".getBytes(StandardCharsets.UTF_8),
                "0f0f0f0f-0000-0000-0000-000000000000");
        String id;
        try (ReportStore store = durable(data)) {
            id = store.save(full).id();
            assertThat(store.share(id, "bram", "team")).as("not the owner").isEmpty();
            assertThat(store.share(id, "anna", "team").orElseThrow().team()).isEqualTo("team");
        }
        try (ReportStore reopened = durable(data)) {
            StoredReport back = reopened.find(id, "bram", Set.of("team")).orElseThrow();
            assertThat(back.parameters()).isEqualTo(full.parameters());
            assertThat(new String(back.findings(), StandardCharsets.UTF_8)).isEqualTo("[{\"findings\":[]}]");
            assertThat(back.revisionOf()).isEqualTo("0f0f0f0f-0000-0000-0000-000000000000");
            assertThat(reopened.share(id, "anna", null).orElseThrow().team()).isNull();
            assertThat(reopened.find(id, "bram", Set.of("team"))).isEmpty();
            assertThat(reopened.delete(id, "anna")).isTrue();
            assertThat(reopened.find(id, "anna", Set.of())).isEmpty();
        }
    }

    @Test
    void anAcknowledgedReportSurvivesARestart(@TempDir Path data) {
        String id;
        try (ReportStore store = durable(data)) {
            id = store.save(report("anna", null, "p1", T0, new byte[] {1, 2, 3}))
                    .id();
        }
        try (ReportStore reopened = durable(data)) {
            assertThat(reopened.find(id, "anna", Set.of()).orElseThrow().report())
                    .containsExactly(1, 2, 3);
        }
    }

    @Test
    void aPageListsWhatTheReaderMaySeeNewestFirstFilteredByProposalOwnerAndTime() {
        try (ReportStore store = fresh()) {
            StoredReport a1 = store.save(report("anna", null, "p1", T0, new byte[] {1}));
            StoredReport a2 = store.save(report("anna", "team", "p2", T0.plusSeconds(60), new byte[] {2}));
            StoredReport b1 = store.save(report("bram", "team", "p1", T0.plusSeconds(120), new byte[] {3}));
            store.save(report("bram", null, "p1", T0.plusSeconds(180), new byte[] {4}));
            var anna = store.list(new ReportQuery("anna", Set.of("team"), null, null, null, null, 0, 10));
            assertThat(anna).extracting(StoredReport::id).containsExactly(b1.id(), a2.id(), a1.id());
            var p1 = store.list(new ReportQuery("anna", Set.of("team"), "p1", null, null, null, 0, 10));
            assertThat(p1).extracting(StoredReport::id).containsExactly(b1.id(), a1.id());
            var byBram = store.list(new ReportQuery("anna", Set.of("team"), null, "bram", null, null, 0, 10));
            assertThat(byBram).extracting(StoredReport::id).containsExactly(b1.id());
            var window = store.list(new ReportQuery(
                    "anna", Set.of("team"), null, null, T0.plusSeconds(30), T0.plusSeconds(121), 0, 10));
            assertThat(window).extracting(StoredReport::id).containsExactly(b1.id(), a2.id());
            var second = store.list(new ReportQuery("anna", Set.of("team"), null, null, null, null, 1, 2));
            assertThat(second).extracting(StoredReport::id).containsExactly(a1.id());
            var noTeam = store.list(new ReportQuery("anna", Set.of(), null, null, null, null, 0, 10));
            assertThat(noTeam).extracting(StoredReport::id).containsExactly(a2.id(), a1.id());
        }
    }

    @Test
    void onlyTheOwnerDeletesAndRetentionDeletesWhatIsOlderThanTheCutoff() {
        try (ReportStore store = fresh()) {
            StoredReport old = store.save(report("anna", null, "p1", T0, new byte[] {1}));
            StoredReport recent = store.save(report("anna", null, "p2", T0.plusSeconds(3600), new byte[] {2}));
            StoredReport other = store.save(report("anna", null, "p3", T0.plusSeconds(7200), new byte[] {3}));
            assertThat(store.delete(other.id(), "bram")).isFalse();
            assertThat(store.delete(other.id(), "anna")).isTrue();
            assertThat(store.find(other.id(), "anna", Set.of())).isEmpty();
            assertThat(store.deleteCreatedBefore(T0.plusSeconds(60))).isEqualTo(1);
            assertThat(store.find(old.id(), "anna", Set.of())).isEmpty();
            assertThat(store.find(recent.id(), "anna", Set.of())).isPresent();
        }
    }
}
