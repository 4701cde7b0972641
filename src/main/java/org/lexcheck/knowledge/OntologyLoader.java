package org.lexcheck.knowledge;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Loads the ontology: parses every Turtle file, checks the whole graph against
 * {@code shapes.ttl} and maps it to a {@link KnowledgeBase}. Done once per version.
 */
public final class OntologyLoader {
    static final String SHAPES_FILE = "shapes.ttl";

    private OntologyLoader() {}

    /** Loads from {@code dir}, or the default location when null (see {@link SourceFiles#locate}). */
    public static KnowledgeBase load(Path dir) {
        return load(SourceFiles.locate(dir, "ontology", ".ttl"));
    }

    public static KnowledgeBase load(SourceFiles source) {
        KnowledgeBase kb = map(validated(source), source.version());
        // Shapes alone, or a folder of other Turtle, validate too: a service on them would answer
        // every proposal with "unknown state" or nothing at all instead of refusing to start.
        if (kb.norms().isEmpty())
            throw new KnowledgeException(List.of(source.origin() + ": no norm (lx:Norm) in its "
                    + source.files().size()
                    + " .ttl file(s): not the ontology of lexcheck, or its instruments are missing"));
        return kb;
    }

    /** The parsed graphs of {@code source}, checked against its shapes; a violation throws {@link KnowledgeException}. */
    public static LoadedGraphs validated(SourceFiles source) {
        LoadedGraphs graphs = parse(source);
        List<String> violations = ShaclCheck.violations(graphs.shapes(), graphs.data(), graphs.fileOfSubject());
        if (!violations.isEmpty()) throw new KnowledgeException(violations);
        return graphs;
    }

    /**
     * The knowledge base of an already validated data graph (e.g. one published to a SPARQL server
     * by {@code lexcheck publish}, which validates before it uploads), under {@code version}.
     */
    public static KnowledgeBase map(Graph data, String version) {
        return new KnowledgeMapper(data).map(version);
    }

    private static KnowledgeBase map(LoadedGraphs graphs, String version) {
        return map(graphs.data(), version);
    }

    /** The parsed data graph, the shapes graph and which file each subject was written in. */
    public record LoadedGraphs(Graph data, Graph shapes, java.util.Map<String, String> fileOfSubject)
            implements java.io.Serializable {}

    public static LoadedGraphs parse(SourceFiles source) {
        Graph data = GraphFactory.createDefaultGraph();
        Graph shapes = null;
        java.util.Map<String, String> fileOfSubject = new java.util.HashMap<>();
        List<String> problems = new ArrayList<>();
        for (SourceFiles.SourceFile file : source.files()) {
            Graph g = GraphFactory.createDefaultGraph();
            try {
                RDFParser.source(new ByteArrayInputStream(file.content()))
                        .lang(Lang.TURTLE)
                        .base("urn:lexcheck:" + file.name())
                        .parse(g);
            } catch (RiotException e) {
                problems.add(file.name() + ":" + e.getMessage());
                continue;
            }
            if (file.name().endsWith(SHAPES_FILE)) {
                shapes = g;
            } else {
                g.find().forEach(t -> {
                    data.add(t);
                    if (t.getSubject().isURI())
                        fileOfSubject.putIfAbsent(t.getSubject().getURI(), file.name());
                });
            }
        }
        if (shapes == null) problems.add(source.origin() + ": no " + SHAPES_FILE);
        if (!problems.isEmpty()) throw new KnowledgeException(problems);
        return new LoadedGraphs(data, shapes, fileOfSubject);
    }
}
