package org.lexcheck.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the service's {@link Checker} once at startup from {@code lexcheck.ontology} and
 * {@code lexcheck.rules} (defaults: ./ontology and ./rules, else the copies in the jar), or, when
 * {@code lexcheck.knowledge.sparql} names a SPARQL dataset, from the knowledge published there
 * (with the local rules) and then follows what is published every
 * {@code lexcheck.knowledge.poll-seconds} (default 10). A knowledge base or rule base that does
 * not build stops startup. When both folders are on disk and the knowledge is local, edits to them
 * are reloaded (lexcheck.reload.watch, default true). The stored checks are kept embedded
 * ({@code lexcheck.store=tdb2}, the default) or on a SPARQL server ({@code lexcheck.store=sparql}
 * with {@code lexcheck.store.sparql}).
 */
@Configuration
class LexcheckConfiguration {

    @Bean
    Checker checker(
            @Value("${lexcheck.ontology:}") String ontology,
            @Value("${lexcheck.rules:}") String rules,
            @Value("${lexcheck.knowledge.sparql:}") String sparql) {
        Path rulesDir = rules.isBlank() ? null : Path.of(rules);
        if (!sparql.isBlank()) return new SparqlKnowledge(sparql.strip()).checker(rulesDir);
        return Checker.load(ontology.isBlank() ? null : Path.of(ontology), rulesDir);
    }

    /**
     * The stored checks: with {@code lexcheck.store=tdb2} (the default) an embedded TDB2 store in
     * {@code reports/} of the data folder ({@code lexcheck.data}, default {@code data}) that
     * survives restarts; with {@code lexcheck.store=sparql} the dataset at
     * {@code lexcheck.store.sparql} (update endpoint {@code lexcheck.store.sparql-update} when the
     * server has a separate one), shared by every replica.
     */
    @Bean(destroyMethod = "close")
    org.lexcheck.store.ReportStore reportStore(
            @Value("${lexcheck.data:data}") String data,
            @Value("${lexcheck.store:tdb2}") String kind,
            @Value("${lexcheck.store.sparql:}") String sparql,
            @Value("${lexcheck.store.sparql-update:}") String sparqlUpdate)
            throws IOException {
        switch (kind.strip()) {
            case "", "tdb2" -> {
                Path folder = Path.of(data.isBlank() ? "data" : data).resolve("reports");
                Files.createDirectories(folder);
                // Concurrent checks share a commit: TDB2 has one writer and syncs at each commit.
                return new org.lexcheck.store.GroupCommitStore(org.lexcheck.store.Tdb2ReportStore.open(folder));
            }
            case "sparql" -> {
                if (sparql.isBlank())
                    throw new IllegalStateException(
                            "lexcheck.store=sparql needs lexcheck.store.sparql, the dataset URL (e.g. http://fuseki:3030/lexcheck)");
                return new org.lexcheck.store.SparqlReportStore(sparql.strip(), sparqlUpdate.strip());
            }
            default ->
                throw new IllegalStateException("lexcheck.store: unknown store '" + kind + "' (allowed: tdb2, sparql)");
        }
    }

    /** Deletes stored checks older than {@code lexcheck.retention-days} (0, the default: keep them). */
    @Bean(destroyMethod = "close")
    ReportRetention reportRetention(
            org.lexcheck.store.ReportStore store, @Value("${lexcheck.retention-days:0}") int days) {
        return new ReportRetention(store, days, java.time.Clock.systemUTC());
    }

    /**
     * Reloads from the folders on disk; when the knowledge comes from a SPARQL server, reads what
     * is published there now ({@link KnowledgePoller}); when it comes from the jar there is nothing
     * to reload.
     */
    @Bean(destroyMethod = "close")
    KnowledgeReloader knowledgeReloader(
            Checker checker,
            @Value("${lexcheck.ontology:ontology}") String ontology,
            @Value("${lexcheck.rules:rules}") String rules,
            @Value("${lexcheck.reload.watch:true}") boolean watch,
            org.springframework.beans.factory.ObjectProvider<KnowledgePoller> poller)
            throws IOException {
        KnowledgePoller following = poller.getIfAvailable();
        if (following != null) return KnowledgeReloader.following(checker, following);
        Path o = Path.of(ontology.isBlank() ? "ontology" : ontology);
        Path r = Path.of(rules.isBlank() ? "rules" : rules);
        if (!Files.isDirectory(o) || !Files.isDirectory(r)) return new KnowledgeReloader(checker, null, null);
        KnowledgeReloader reloader = new KnowledgeReloader(checker, o, r);
        if (watch) reloader.watch();
        return reloader;
    }

    /** Follows the knowledge published on the SPARQL server, when the knowledge comes from one. */
    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("!'${lexcheck.knowledge.sparql:}'.isBlank()")
    KnowledgePoller knowledgePoller(
            Checker checker,
            @Value("${lexcheck.knowledge.sparql}") String sparql,
            @Value("${lexcheck.knowledge.poll-seconds:10}") int seconds) {
        if (seconds < 1) throw new IllegalStateException("lexcheck.knowledge.poll-seconds must be 1 or more");
        return new KnowledgePoller(checker, new SparqlKnowledge(sparql.strip())).every(Duration.ofSeconds(seconds));
    }
}
