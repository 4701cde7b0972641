package org.lexcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.lexcheck.archive.StoredChecks;
import org.lexcheck.store.ReportQuery;
import org.lexcheck.store.ReportStore;
import org.lexcheck.store.StoredReport;
import org.lexcheck.system.CheckAdmission;
import org.lexcheck.system.CheckMetrics;
import org.lexcheck.system.KnowledgeReloader;
import org.lexcheck.system.Limits;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * A report store that cannot write (a full disk, a read-only data folder; as root in CI a real
 * read-only folder cannot be made, so the store says so itself) does not stop checks: the check
 * is answered, 200 instead of 201, without a Location, said to be not kept, and counted.
 */
class StoreFailureTest {

    /** Writes fail as a full disk makes them fail; reads find nothing. */
    private static final class FullDisk implements ReportStore {
        @Override
        public StoredReport save(StoredReport report) {
            throw new java.io.UncheckedIOException(new java.io.IOException("No space left on device"));
        }

        @Override
        public Optional<StoredReport> find(String id, String reader, Set<String> teams) {
            return Optional.empty();
        }

        @Override
        public List<StoredReport> list(ReportQuery query) {
            return List.of();
        }

        @Override
        public Optional<StoredReport> share(String id, String owner, String team) {
            return Optional.empty();
        }

        @Override
        public boolean delete(String id, String owner) {
            return false;
        }

        @Override
        public int deleteCreatedBefore(Instant cutoff) {
            return 0;
        }

        @Override
        public void close() {}
    }

    @Test
    void aCheckIsAnsweredButSaidNotToBeKeptWhenTheStoreCannotWrite() throws Exception {
        var registry = new SimpleMeterRegistry();
        var checker = TestSupport.checker();
        var controller = new CheckController(
                checker,
                new CheckMetrics(registry, new KnowledgeReloader(checker, null, null)),
                new StoredChecks(new FullDisk(), Limits.DEFAULT),
                Limits.DEFAULT,
                new CheckAdmission(Limits.DEFAULT));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/checks");
        request.setContent(Files.readAllBytes(Path.of("examples/nl-subsidiary-protection-waiting-36-months.json")));
        request.setUserPrincipal(() -> "anna");
        var answer = controller.check(request, "application/json", null, "2026-12-01", null, null, null, null, null);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getHeaders().getLocation()).isNull();
        assertThat(answer.getHeaders().getFirst(CheckController.NOT_STORED)).contains("not kept");
        assertThat(TestSupport.json(answer.getBody()).at("/summary/verdict").asString())
                .isEqualTo("CONFLICT");
        assertThat(registry.counter("lexcheck.store.failures").count()).isEqualTo(1.0);
    }
}
