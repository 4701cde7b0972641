package org.lexcheck.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.UpdateRequest;

/**
 * Reports kept on a SPARQL 1.1 server (Apache Jena Fuseki, or any server that speaks SPARQL 1.1
 * Query and Update), in the named graph {@value #GRAPH} of one dataset, described with PROV-O
 * exactly as {@link Tdb2ReportStore} describes them ({@link ReportGraph}). Every write is one
 * SPARQL Update request, which the server applies atomically (Fuseki: one transaction per request),
 * so several service instances can share the store: a report saved by one is seen by all.
 * Visibility, filters and paging are those of the embedded store. A server that cannot be reached
 * or fails is reported as {@link StoreUnavailableException}.
 */
public final class SparqlReportStore implements ReportStore {
    /** The named graph holding the reports, so that a dataset can also hold the knowledge. */
    public static final String GRAPH = "urn:lexcheck:reports";

    /** Ids this store gives are UUIDs; anything outside this alphabet names no report (and never reaches a query). */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._~-]{1,100}");
    /** Reports deleted per update request by retention. */
    private static final int DELETE_BATCH = 200;

    private final String queryEndpoint;
    private final String updateEndpoint;

    /**
     * A store on the dataset at {@code query} (e.g. {@code http://fuseki:3030/lexcheck}, which Fuseki
     * answers for query and update alike); {@code update} is the update endpoint when the server has
     * a separate one (null or blank: the same URL).
     */
    public SparqlReportStore(String query, String update) {
        this.queryEndpoint = query;
        this.updateEndpoint = update == null || update.isBlank() ? query : update;
    }

    public SparqlReportStore(String dataset) {
        this(dataset, null);
    }

    private <T> T call(String what, Function<RDFConnection, T> action) {
        try (RDFConnection c = RDFConnectionRemote.service(queryEndpoint)
                .queryEndpoint(queryEndpoint)
                .updateEndpoint(updateEndpoint)
                .build()) {
            return action.apply(c);
        } catch (HttpException | QueryException e) {
            throw new StoreUnavailableException(
                    "report store at " + queryEndpoint + " did not answer (" + what + "): " + reason(e), e);
        }
    }

    @Override
    public StoredReport save(StoredReport r) {
        StoredReport stored = r.withId(UUID.randomUUID().toString());
        Model m = ModelFactory.createDefaultModel();
        ReportGraph.write(m, stored);
        QuadDataAcc quads = new QuadDataAcc();
        var graph = NodeFactory.createURI(GRAPH);
        m.getGraph().find().forEach(t -> quads.addQuad(Quad.create(graph, t)));
        UpdateRequest request = new UpdateRequest(new UpdateDataInsert(quads));
        call("save", c -> {
            c.update(request);
            return null;
        });
        return stored;
    }

    @Override
    public Optional<StoredReport> find(String id, String reader, Set<String> teams) {
        if (!ID.matcher(id).matches()) return Optional.empty();
        Model m = describe(List.of(id));
        if (!ReportGraph.contains(m, id)) return Optional.empty();
        StoredReport r = ReportGraph.read(m, id);
        return ReportGraph.visible(r, reader, teams) ? Optional.of(r) : Optional.empty();
    }

    /** Every triple about the given reports (report, check, proposal, findings), in one query. */
    private Model describe(List<String> ids) {
        if (ids.isEmpty()) return ModelFactory.createDefaultModel();
        String subjects = ids.stream()
                .flatMap(id -> ReportGraph.subjects(id).stream())
                .map(s -> "<" + s + ">")
                .collect(Collectors.joining(" "));
        String query =
                "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + GRAPH + "> { VALUES ?s { " + subjects + " } ?s ?p ?o } }";
        return call("read", c -> c.queryConstruct(query));
    }

    @Override
    public List<StoredReport> list(ReportQuery q) {
        var query = ReportGraph.listQuery(q, GRAPH);
        List<String> ids = new ArrayList<>();
        call("list", c -> {
            c.querySelect(query, s -> ids.add(ReportGraph.idOf(s.getResource("r"))));
            return null;
        });
        Model m = describe(ids);
        // A report deleted between the two queries is left out rather than read half.
        return ids.stream()
                .filter(id -> ReportGraph.contains(m, id))
                .map(id -> ReportGraph.read(m, id))
                .toList();
    }

    @Override
    public Optional<StoredReport> share(String id, String owner, String team) {
        if (!ID.matcher(id).matches()) return Optional.empty();
        ParameterizedSparqlString update = new ParameterizedSparqlString("""
                PREFIX lxs: <https://w3id.org/lexcheck/store#>
                DELETE { GRAPH ?g { ?r lxs:team ?old } }
                WHERE { GRAPH ?g { ?r lxs:owner ?owner ; lxs:team ?old } } ;
                """ + (team == null ? "" : """
                PREFIX lxs: <https://w3id.org/lexcheck/store#>
                INSERT { GRAPH ?g { ?r lxs:team ?team } }
                WHERE { GRAPH ?g { ?r lxs:owner ?owner } }
                """));
        update.setIri("g", GRAPH);
        update.setIri("r", ReportGraph.REPORT + id);
        update.setLiteral("owner", owner);
        if (team != null) update.setLiteral("team", team);
        call("share", c -> {
            c.update(update.asUpdate());
            return null;
        });
        // Read back as the owner: empty when the report is not theirs (the update then changed nothing).
        return find(id, owner, Set.of());
    }

    @Override
    public boolean delete(String id, String owner) {
        if (!ID.matcher(id).matches()) return false;
        ParameterizedSparqlString ask = new ParameterizedSparqlString(
                "PREFIX lxs: <https://w3id.org/lexcheck/store#> ASK { GRAPH ?g { ?r lxs:owner ?owner } }");
        ask.setIri("g", GRAPH);
        ask.setIri("r", ReportGraph.REPORT + id);
        ask.setLiteral("owner", owner);
        if (!call("delete", c -> c.queryAsk(ask.asQuery()))) return false;
        ParameterizedSparqlString update = new ParameterizedSparqlString("""
                PREFIX lxs: <https://w3id.org/lexcheck/store#>
                DELETE { GRAPH ?g { ?s ?p ?o } }
                WHERE { GRAPH ?g { ?r lxs:owner ?owner . VALUES ?s { SUBJECTS } ?s ?p ?o } }
                """.replace("SUBJECTS", iris(List.of(id))));
        update.setIri("g", GRAPH);
        update.setIri("r", ReportGraph.REPORT + id);
        update.setLiteral("owner", owner);
        call("delete", c -> {
            c.update(update.asUpdate());
            return null;
        });
        return true;
    }

    @Override
    public int deleteCreatedBefore(Instant cutoff) {
        ParameterizedSparqlString select = new ParameterizedSparqlString("""
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX lxs: <https://w3id.org/lexcheck/store#>
                SELECT ?r WHERE { GRAPH ?g { ?r a lxs:Report ; prov:generatedAtTime ?at FILTER (?at < ?cutoff) } }
                """);
        select.setIri("g", GRAPH);
        select.setLiteral("cutoff", ReportGraph.dateTime(cutoff));
        List<String> old = new ArrayList<>();
        call("retention", c -> {
            c.querySelect(select.asQuery(), s -> old.add(ReportGraph.idOf(s.getResource("r"))));
            return null;
        });
        for (int i = 0; i < old.size(); i += DELETE_BATCH) {
            String update = "DELETE { GRAPH <" + GRAPH + "> { ?s ?p ?o } } WHERE { GRAPH <" + GRAPH
                    + "> { VALUES ?s { " + iris(old.subList(i, Math.min(old.size(), i + DELETE_BATCH)))
                    + " } ?s ?p ?o } }";
            call("retention", c -> {
                c.update(update);
                return null;
            });
        }
        return old.size();
    }

    /** The IRIs of every resource of these reports, for a VALUES clause (ids come from the store: UUIDs). */
    private static String iris(List<String> ids) {
        return ids.stream()
                .flatMap(id -> ReportGraph.subjects(id).stream())
                .map(s -> "<" + s + ">")
                .collect(Collectors.joining(" "));
    }

    @Override
    public void close() {
        // Nothing held: each call opens its own connection over the shared HTTP client.
    }

    /**
     * Why a request to a SPARQL server failed, without the request itself (a query names reports
     * and users): a status or the root cause. Also used for the knowledge server ({@code SparqlKnowledge}).
     */
    public static String reason(RuntimeException e) {
        if (e instanceof HttpException h && h.getStatusCode() > 0) return "HTTP " + h.getStatusCode();
        if (e instanceof org.apache.jena.sparql.engine.http.QueryExceptionHTTP q && q.getStatusCode() > 0)
            return "HTTP " + q.getStatusCode();
        Throwable root = e;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            // A refused or timed-out connection says more than the channel error it ends in.
            if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException)
                return "cannot connect (" + t + ")";
            if (t instanceof java.net.http.HttpTimeoutException) return "timed out (" + t + ")";
            root = t;
        }
        return root == e ? e.getClass().getSimpleName() : root.toString();
    }
}
