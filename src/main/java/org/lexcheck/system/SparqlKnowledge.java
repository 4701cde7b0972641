package org.lexcheck.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryException;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.modify.request.QuadAcc;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.RDF;
import org.lexcheck.knowledge.KnowledgeBase;
import org.lexcheck.knowledge.KnowledgeException;
import org.lexcheck.knowledge.OntologyLoader;
import org.lexcheck.knowledge.SourceFiles;

/**
 * The knowledge kept on a SPARQL 1.1 server, shared by every replica of the service. Each
 * published version is a named graph {@code urn:lexcheck:knowledge:VERSION} holding the law's
 * triples (for any SPARQL client to query), with the Turtle files they were read from in the graph
 * {@code urn:lexcheck:knowledge-sources:VERSION}; VERSION is the content hash of those files
 * ({@link SourceFiles#version()}), as in the embedded mode, so that stored reports' provenance
 * compares across modes. The graph {@value #POINTER} holds the pointer
 * {@code <urn:lexcheck:knowledge> lxs:current <urn:lexcheck:knowledge:VERSION>}. {@link #publish}
 * validates the ontology against its SHACL shapes, then uploads both graphs and switches the
 * pointer in one SPARQL Update request, which the server applies atomically: a reader sees the old
 * pointer or the new one, and the graphs a pointer names are complete.
 *
 * <p>A replica loads a version from its files, checked against the version's hash, through the
 * same path as the embedded mode ({@link BuiltVersions}: built once per content, kept on disk):
 * an RDF graph has no order, and the mapping keeps a norm's citations in the order they are
 * written (the first is the main one), so a knowledge base mapped from the triples as the server
 * returns them may list citations in another order than the embedded mode. A version published
 * without files (written by another tool) is mapped from its triples.
 */
public final class SparqlKnowledge {
    public static final String POINTER = "urn:lexcheck:knowledge";
    public static final String GRAPH_PREFIX = "urn:lexcheck:knowledge:";
    public static final String SOURCES_PREFIX = "urn:lexcheck:knowledge-sources:";
    private static final String LXS = "https://w3id.org/lexcheck/store#";
    private static final Node CURRENT = NodeFactory.createURI(LXS + "current");
    private static final Node NAME = NodeFactory.createURI(LXS + "name");
    private static final Node CONTENT = NodeFactory.createURI(LXS + "content");

    private final String endpoint;

    /** The knowledge on the dataset at {@code endpoint} (SPARQL Query and Update, e.g. a Fuseki dataset URL). */
    public SparqlKnowledge(String endpoint) {
        this.endpoint = endpoint;
    }

    public String endpoint() {
        return endpoint;
    }

    /** The server could not be reached or refused a request. */
    public static final class UnavailableException extends RuntimeException {
        UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Validates the ontology of {@code source} (SHACL: a violation throws {@link KnowledgeException}
     * and publishes nothing), uploads it as the graph of its version and makes that version current,
     * all in one update request. Returns the version.
     */
    public String publish(SourceFiles source) {
        Graph data = OntologyLoader.validated(source).data();
        String version = source.version();
        Node graph = NodeFactory.createURI(GRAPH_PREFIX + version);
        Node pointer = NodeFactory.createURI(POINTER);
        UpdateRequest request = new UpdateRequest();
        // Publishing the same content again replaces it by the same triples, within the same transaction.
        request.add(new UpdateDrop(graph, true));
        QuadDataAcc triples = new QuadDataAcc();
        data.find().forEach(t -> triples.addQuad(Quad.create(graph, t)));
        request.add(new UpdateDataInsert(triples));
        Node sources = NodeFactory.createURI(SOURCES_PREFIX + version);
        request.add(new UpdateDrop(sources, true));
        QuadDataAcc files = new QuadDataAcc();
        for (SourceFiles.SourceFile f : source.files()) {
            Node file = NodeFactory.createURI(
                    SOURCES_PREFIX + version + "/" + URLEncoder.encode(f.name(), StandardCharsets.UTF_8));
            files.addQuad(Quad.create(sources, file, NAME, NodeFactory.createLiteralString(f.name())));
            files.addQuad(Quad.create(
                    sources,
                    file,
                    CONTENT,
                    NodeFactory.createLiteralDT(
                            Base64.getEncoder().encodeToString(f.content()), XSDDatatype.XSDbase64Binary)));
        }
        request.add(new UpdateDataInsert(files));
        QuadAcc old = new QuadAcc();
        old.addQuad(Quad.create(pointer, pointer, CURRENT, Var.alloc("old")));
        request.add(new UpdateDeleteWhere(old));
        QuadDataAcc current = new QuadDataAcc();
        current.addQuad(Quad.create(pointer, pointer, CURRENT, graph));
        current.addQuad(
                Quad.create(pointer, graph, RDF.type.asNode(), NodeFactory.createURI(LXS + "KnowledgeVersion")));
        current.addQuad(Quad.create(
                pointer,
                graph,
                NodeFactory.createURI(LXS + "publishedAt"),
                NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime)));
        current.addQuad(Quad.create(
                pointer,
                graph,
                NodeFactory.createURI(LXS + "triples"),
                NodeFactory.createLiteralDT(String.valueOf(data.size()), XSDDatatype.XSDinteger)));
        request.add(new UpdateDataInsert(current));
        call("publish", c -> {
            c.update(request);
            return null;
        });
        return version;
    }

    /** The version the pointer names now; empty when nothing was published. */
    public Optional<String> current() {
        String query = "SELECT ?v WHERE { GRAPH <" + POINTER + "> { <" + POINTER + "> <" + LXS + "current> ?v } }";
        List<String> versions = new ArrayList<>();
        call("read the current version", c -> {
            c.querySelect(query, s -> {
                String uri = s.getResource("v").getURI();
                if (uri.startsWith(GRAPH_PREFIX)) versions.add(uri.substring(GRAPH_PREFIX.length()));
            });
            return null;
        });
        return versions.size() == 1 ? Optional.of(versions.get(0)) : Optional.empty();
    }

    /**
     * The knowledge base of a published version: built from its files when they were published
     * (a {@link KnowledgeException} when they do not hash to {@code version}), else mapped from its
     * triples (a {@link KnowledgeException} when that graph is empty or gone).
     */
    public KnowledgeBase load(String version) {
        if (!version.matches("[0-9a-f]{1,64}"))
            throw new KnowledgeException(List.of(endpoint + ": bad version " + version));
        Optional<SourceFiles> files = sources(version);
        if (files.isPresent()) {
            if (!files.get().version().equals(version))
                throw new KnowledgeException(List.of(endpoint + ": the files of version " + version + " hash to "
                        + files.get().version()));
            return BuiltVersions.knowledge(files.get());
        }
        String query = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + GRAPH_PREFIX + version + "> { ?s ?p ?o } }";
        Graph data =
                call("load version " + version, c -> c.queryConstruct(query)).getGraph();
        if (data.isEmpty()) throw new KnowledgeException(List.of(endpoint + ": no knowledge graph " + version));
        return OntologyLoader.map(data, version);
    }

    /** The Turtle files a version was published from, in name order; empty when it was published without them. */
    public Optional<SourceFiles> sources(String version) {
        String query = "SELECT ?name ?content WHERE { GRAPH <" + SOURCES_PREFIX + version + "> { ?f <" + LXS
                + "name> ?name ; <" + LXS + "content> ?content } }";
        List<SourceFiles.SourceFile> files = new ArrayList<>();
        call("load the files of version " + version, c -> {
            c.querySelect(
                    query,
                    s -> files.add(new SourceFiles.SourceFile(
                            s.getLiteral("name").getLexicalForm(),
                            Base64.getDecoder().decode(s.getLiteral("content").getLexicalForm()))));
            return null;
        });
        if (files.isEmpty()) return Optional.empty();
        files.sort(java.util.Comparator.comparing(SourceFiles.SourceFile::name));
        return Optional.of(new SourceFiles(endpoint + " version " + version, files));
    }

    /** The knowledge base the pointer names now (a {@link KnowledgeException} when nothing was published). */
    public KnowledgeBase loadCurrent() {
        String version = current()
                .orElseThrow(() -> new KnowledgeException(List.of(
                        endpoint + ": no knowledge published (run: lexcheck publish --sparql " + endpoint + ")")));
        return load(version);
    }

    /**
     * A checker serving the current published knowledge with the rules of {@code rulesDir} (or
     * ./rules, else the packed copies): rules stay local, reused when this JVM built them already.
     */
    public Checker checker(java.nio.file.Path rulesDir) {
        var rules = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> BuiltVersions.rules(SourceFiles.locate(rulesDir, "rules", ".drl")));
        KnowledgeBase kb = loadCurrent();
        try {
            return new Checker(LoadedVersion.of(kb, rules.join()));
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    private <T> T call(String what, Function<RDFConnection, T> action) {
        try (RDFConnection c = RDFConnectionRemote.service(endpoint)
                .queryEndpoint(endpoint)
                .updateEndpoint(endpoint)
                .build()) {
            return action.apply(c);
        } catch (HttpException | QueryException e) {
            throw new UnavailableException(
                    "knowledge server " + endpoint + " did not answer (" + what + "): "
                            + org.lexcheck.store.SparqlReportStore.reason(e),
                    e);
        }
    }
}
