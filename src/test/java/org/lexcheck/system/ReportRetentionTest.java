package org.lexcheck.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lexcheck.store.StoredReport;
import org.lexcheck.store.Tdb2ReportStore;

/** Stored checks older than the retention are deleted; a retention of 0 keeps them. */
class ReportRetentionTest {
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private static StoredReport at(Instant when) {
        return new StoredReport(
                null,
                "anna",
                null,
                when,
                "p",
                "NL",
                List.of("2026-11-30"),
                "r",
                "o",
                "e",
                "application/json",
                new byte[] {1},
                "application/json",
                new byte[] {2});
    }

    @Test
    void olderThanTheRetentionIsDeletedAndZeroKeepsEverything() {
        try (var store = Tdb2ReportStore.inMemory()) {
            var old = store.save(at(NOW.minusSeconds(31L * 24 * 3600)));
            var recent = store.save(at(NOW.minusSeconds(29L * 24 * 3600)));
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            try (var keepAll = new ReportRetention(store, 0, clock)) {
                assertThat(keepAll.purge()).isZero();
            }
            try (var thirtyDays = new ReportRetention(store, 30, clock)) {
                // The schedule's first run may already have purged; either way the old one is gone.
                thirtyDays.purge();
                assertThat(store.find(old.id(), "anna", Set.of())).isEmpty();
                assertThat(store.find(recent.id(), "anna", Set.of())).isPresent();
            }
            assertThatThrownBy(() -> new ReportRetention(store, -1, clock)).hasMessageContaining("retention-days");
        }
    }
}
