package org.lexcheck.referencecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexcheck.FusekiTestServer;
import org.lexcheck.knowledge.SourceFiles;
import org.lexcheck.report.ReportFormat;
import org.lexcheck.report.ReportWriter;
import org.lexcheck.system.Checker;
import org.lexcheck.system.SparqlKnowledge;

/**
 * The law published to a real Fuseki (loopback, in this JVM) and loaded back from it gives, for
 * every reference case of test-cases/, the same report, byte for byte as JSON, as the embedded
 * mode ({@link ReferenceCaseOutcomes}, the ontology read from ontology/): same knowledge, same
 * version (the content hash), same answers. The published graph holds exactly the law's triples,
 * and the files a replica builds the knowledge from come back byte for byte.
 */
class KnowledgeOnFusekiTest {

    @Test
    void everyReferenceCaseGivesTheSameReportWithTheKnowledgeFromFuseki() {
        var embedded = ReferenceCaseOutcomes.all();
        try (FusekiTestServer fuseki = FusekiTestServer.start()) {
            SparqlKnowledge knowledge = new SparqlKnowledge(fuseki.url());
            SourceFiles ontology = SourceFiles.fromDirectory(Path.of("ontology"), ".ttl");
            assertThat(knowledge.current()).as("nothing published yet").isEmpty();
            String version = knowledge.publish(ontology);
            assertThat(version).isEqualTo(ontology.version());
            assertThat(knowledge.current()).contains(version);
            try (var c = org.apache.jena.rdfconnection.RDFConnection.connect(fuseki.url())) {
                var published = c.queryConstruct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + SparqlKnowledge.GRAPH_PREFIX
                                + version + "> { ?s ?p ?o } }")
                        .getGraph();
                assertThat(published.isIsomorphicWith(org.lexcheck.knowledge.OntologyLoader.parse(ontology)
                                .data()))
                        .as("the law's triples, queryable on the server")
                        .isTrue();
            }

            var files = knowledge.sources(version).orElseThrow().files();
            assertThat(files)
                    .extracting(SourceFiles.SourceFile::name)
                    .containsExactlyElementsOf(ontology.files().stream()
                            .map(SourceFiles.SourceFile::name)
                            .toList());
            for (int i = 0; i < files.size(); i++)
                assertThat(files.get(i).content())
                        .as(files.get(i).name() + " byte for byte")
                        .isEqualTo(ontology.files().get(i).content());

            Checker fromFuseki = knowledge.checker(Path.of("rules"));
            assertThat(fromFuseki.current().knowledge().version()).isEqualTo(version);
            ReferenceCaseRunner runner = new ReferenceCaseRunner(fromFuseki);
            // On every core: the checker serves concurrent checks as the service does.
            List<String> differing = embedded.values().parallelStream()
                    .filter(e -> e.outcome() != null && e.outcome().report() != null)
                    .filter(e -> {
                        var outcome = runner.run(e.outcome().referenceCase());
                        return outcome.report() == null
                                || !ReportWriter.write(outcome.report(), ReportFormat.JSON)
                                        .equals(ReportWriter.write(e.outcome().report(), ReportFormat.JSON))
                                || !outcome.mismatches().equals(e.outcome().mismatches());
                    })
                    .map(e -> e.file().toString())
                    .sorted()
                    .toList();
            long compared = embedded.values().stream()
                    .filter(e -> e.outcome() != null && e.outcome().report() != null)
                    .count();
            assertThat(compared).as("reference cases compared").isGreaterThan(100);
            assertThat(differing)
                    .as("cases whose report differs from the embedded mode")
                    .isEmpty();
        }
    }
}
