package org.lexcheck.cli;

import java.io.PrintStream;
import java.net.URI;
import org.lexcheck.knowledge.SourceFiles;
import org.lexcheck.system.SparqlKnowledge;

/**
 * {@code lexcheck publish --sparql URL [--ontology DIR]}: validates the ontology (SHACL) and
 * publishes it to a SPARQL 1.1 dataset as the current knowledge of every service that reads its
 * knowledge from there ({@link SparqlKnowledge}). Exit 0 when published (the version on standard
 * output), 1 when the server did not take it (nothing changed there), 2 for bad usage or an
 * ontology that does not validate (nothing sent).
 */
final class PublishCommand {
    private PublishCommand() {}

    static int run(Options options, PrintStream out, PrintStream err) {
        if (options.sparql() == null) throw new UsageException("publish: --sparql URL is required\n" + Options.USAGE);
        if (!options.arguments().isEmpty())
            throw new UsageException(
                    "publish: unexpected argument '" + options.arguments().get(0) + "'");
        String url = options.sparql().strip();
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null)
                throw new UsageException("--sparql: expected an http(s) URL of a SPARQL dataset, got '" + url + "'");
        } catch (java.net.URISyntaxException e) {
            throw new UsageException("--sparql: expected an http(s) URL of a SPARQL dataset, got '" + url + "'");
        }
        SourceFiles ontology = SourceFiles.locate(options.ontology(), "ontology", ".ttl");
        try {
            String version = new SparqlKnowledge(url).publish(ontology);
            out.println("published ontology " + version + " to " + url);
            return 0;
        } catch (SparqlKnowledge.UnavailableException e) {
            err.println("lexcheck: " + e.getMessage());
            return 1;
        }
    }
}
