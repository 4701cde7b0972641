package org.lexcheck.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the service's {@link Checker} once at startup from {@code lexcheck.ontology} and
 * {@code lexcheck.rules} (defaults: ./ontology and ./rules, else the copies in the jar).
 * A knowledge base or rule base that does not build stops startup. When both folders are on
 * disk, edits to them are reloaded (lexcheck.reload.watch, default true).
 */
@Configuration
class LexcheckConfiguration {

    @Bean
    Checker checker(@Value("${lexcheck.ontology:}") String ontology, @Value("${lexcheck.rules:}") String rules) {
        return Checker.load(ontology.isBlank() ? null : Path.of(ontology), rules.isBlank() ? null : Path.of(rules));
    }

    /**
     * The stored checks, in {@code reports/} of the data folder ({@code lexcheck.data}, default
     * {@code data}): an embedded TDB2 store that survives restarts.
     */
    @Bean(destroyMethod = "close")
    org.lexcheck.store.ReportStore reportStore(@Value("${lexcheck.data:data}") String data) throws IOException {
        Path folder = Path.of(data.isBlank() ? "data" : data).resolve("reports");
        Files.createDirectories(folder);
        // Concurrent checks share a commit (GroupCommitStore): TDB2 has one writer and syncs at each commit.
        return new org.lexcheck.store.GroupCommitStore(org.lexcheck.store.Tdb2ReportStore.open(folder));
    }

    /** Deletes stored checks older than {@code lexcheck.retention-days} (0, the default: keep them). */
    @Bean(destroyMethod = "close")
    ReportRetention reportRetention(
            org.lexcheck.store.ReportStore store, @Value("${lexcheck.retention-days:0}") int days) {
        return new ReportRetention(store, days, java.time.Clock.systemUTC());
    }

    /** Null when the knowledge comes from the jar: there is nothing on disk to reload. */
    @Bean(destroyMethod = "close")
    KnowledgeReloader knowledgeReloader(
            Checker checker,
            @Value("${lexcheck.ontology:ontology}") String ontology,
            @Value("${lexcheck.rules:rules}") String rules,
            @Value("${lexcheck.reload.watch:true}") boolean watch)
            throws IOException {
        Path o = Path.of(ontology.isBlank() ? "ontology" : ontology);
        Path r = Path.of(rules.isBlank() ? "rules" : rules);
        if (!Files.isDirectory(o) || !Files.isDirectory(r)) return new KnowledgeReloader(checker, null, null);
        KnowledgeReloader reloader = new KnowledgeReloader(checker, o, r);
        if (watch) reloader.watch();
        return reloader;
    }
}
