package org.lexcheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lexcheck.FusekiTestServer;

/**
 * The store on a real Fuseki (loopback, in this JVM) behaves as the embedded one: the same
 * {@link ReportStoreBehaviour}, where "a restart" is a new store on the same server. Also: two
 * stores on one server see each other's reports, and a server that is gone is reported as
 * unavailable rather than as some HTTP error.
 */
class SparqlStoreFusekiTest extends ReportStoreBehaviour {
    private static FusekiTestServer fuseki;
    private Path lastFolder;

    @BeforeAll
    static void startFuseki() {
        fuseki = FusekiTestServer.start();
    }

    @AfterAll
    static void stopFuseki() {
        fuseki.close();
    }

    @Override
    ReportStore fresh() {
        fuseki.clear();
        lastFolder = null;
        return new SparqlReportStore(fuseki.url());
    }

    @Override
    ReportStore durable(Path data) {
        if (!data.equals(lastFolder)) fuseki.clear();
        lastFolder = data;
        return new SparqlReportStore(fuseki.url());
    }

    @Test
    void twoStoresOnOneServerSeeEachOthersReports() {
        try (ReportStore one = fresh();
                ReportStore two = new SparqlReportStore(fuseki.url(), fuseki.url())) {
            StoredReport saved = one.save(report("anna", "team", "p1", java.time.Instant.now(), new byte[] {9}));
            assertThat(two.find(saved.id(), "bram", Set.of("team")).orElseThrow())
                    .isEqualTo(saved);
            assertThat(two.share(saved.id(), "anna", null)).isPresent();
            assertThat(one.find(saved.id(), "bram", Set.of("team"))).isEmpty();
        }
    }

    @Test
    void anIdThatNoStoreGivesNamesNoReportAndReachesNoQuery() {
        try (ReportStore store = fresh()) {
            assertThat(store.find("x> } } DROP ALL #", "anna", Set.of())).isEmpty();
            assertThat(store.delete("<urn:x>", "anna")).isFalse();
            assertThat(store.share("a b", "anna", "t")).isEmpty();
        }
    }

    @Test
    void aServerThatDoesNotAnswerIsReportedAsUnavailable() {
        try (ReportStore gone = new SparqlReportStore("http://localhost:9/lexcheck")) {
            assertThatThrownBy(() -> gone.find("abc", "anna", Set.of())).isInstanceOf(StoreUnavailableException.class);
            assertThatThrownBy(() -> gone.save(report("anna", null, "p", java.time.Instant.now(), new byte[0])))
                    .isInstanceOf(StoreUnavailableException.class);
        }
    }
}
