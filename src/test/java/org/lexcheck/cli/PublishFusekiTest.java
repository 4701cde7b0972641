package org.lexcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lexcheck.FusekiTestServer;
import org.lexcheck.knowledge.SourceFiles;
import org.lexcheck.system.SparqlKnowledge;

/** {@code lexcheck publish}: exit 0 published and current, 1 the server did not take it, 2 bad usage. */
class PublishFusekiTest {

    @Test
    void publishValidatesUploadsAndMakesTheVersionCurrent() {
        String version = SourceFiles.fromDirectory(Path.of("ontology"), ".ttl").version();
        try (FusekiTestServer fuseki = FusekiTestServer.start()) {
            var run = CliTest.run("", "publish", "--sparql", fuseki.url(), "--ontology", "ontology");
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).isEqualTo("published ontology " + version + " to " + fuseki.url() + "\n");
            assertThat(new SparqlKnowledge(fuseki.url()).current()).contains(version);
        }
    }

    @Test
    void aServerThatDoesNotAnswerExits1AndBadUsageExits2() {
        var gone = CliTest.run("", "publish", "--sparql", "http://localhost:9/lexcheck");
        assertThat(gone.exit()).isEqualTo(1);
        assertThat(gone.out()).isEmpty();
        assertThat(gone.err()).contains("did not answer");
        assertThat(CliTest.run("", "publish").exit()).as("no --sparql").isEqualTo(2);
        assertThat(CliTest.run("", "publish", "--sparql", "ftp://host/x").exit())
                .as("not http(s)")
                .isEqualTo(2);
        assertThat(CliTest.run("", "publish", "--sparql", "http://localhost:9/x", "extra")
                        .exit())
                .isEqualTo(2);
        assertThat(CliTest.run("", "publish", "--sparql", "http://localhost:9/x", "--rules", "rules")
                        .exit())
                .as("publish takes no rules")
                .isEqualTo(2);
    }
}
