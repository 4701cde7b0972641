package org.lexcheck.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;

/**
 * Reports kept in a Jena TDB2 dataset in a folder, in its default graph, described with PROV-O as
 * {@link ReportGraph} says. Every write is one TDB2 write transaction, durable when it commits.
 */
public final class Tdb2ReportStore implements ReportStore {
    private final Dataset dataset;

    private Tdb2ReportStore(Dataset dataset) {
        this.dataset = dataset;
    }

    /**
     * The store in {@code folder}, created there when it is new; a journal entry a crash cut off
     * (never committed) is dropped first, else TDB2 would not open it ({@link TornJournal}).
     */
    public static Tdb2ReportStore open(Path folder) {
        TornJournal.mend(folder);
        return new Tdb2ReportStore(TDB2Factory.connectDataset(folder.toString()));
    }

    /** A store in memory, for tests: transactional, gone when closed. */
    public static Tdb2ReportStore inMemory() {
        return new Tdb2ReportStore(TDB2Factory.createDataset());
    }

    @Override
    public StoredReport save(StoredReport r) {
        return saveAll(List.of(r)).get(0);
    }

    /** One write transaction for all: one commit, one sync to disk. */
    @Override
    public List<StoredReport> saveAll(List<StoredReport> reports) {
        List<StoredReport> stored = reports.stream()
                .map(r -> r.withId(UUID.randomUUID().toString()))
                .toList();
        // Described (contents gzipped and encoded) outside the write transaction and side by side: the
        // transaction, TDB2's one writer, then only adds the triples and commits.
        List<Model> described = stored.parallelStream()
                .map(r -> {
                    Model m = ModelFactory.createDefaultModel();
                    ReportGraph.write(m, r);
                    return m;
                })
                .toList();
        Txn.executeWrite(dataset, () -> described.forEach(dataset.getDefaultModel()::add));
        return stored;
    }

    @Override
    public Optional<StoredReport> find(String id, String reader, Set<String> teams) {
        return Txn.calculateRead(dataset, () -> {
            Model m = dataset.getDefaultModel();
            if (!ReportGraph.contains(m, id)) return Optional.<StoredReport>empty();
            StoredReport r = ReportGraph.read(m, id);
            return ReportGraph.visible(r, reader, teams) ? Optional.of(r) : Optional.<StoredReport>empty();
        });
    }

    @Override
    public Optional<StoredReport> share(String id, String owner, String team) {
        return Txn.calculateWrite(dataset, () -> {
            Model m = dataset.getDefaultModel();
            Resource report = m.getResource(ReportGraph.REPORT + id);
            if (!owner.equals(ReportGraph.string(report, ReportGraph.OWNER))) return Optional.<StoredReport>empty();
            report.removeAll(ReportGraph.TEAM);
            if (team != null) report.addProperty(ReportGraph.TEAM, team);
            return Optional.of(ReportGraph.read(m, id));
        });
    }

    @Override
    public List<StoredReport> list(ReportQuery q) {
        var query = ReportGraph.listQuery(q, null);
        return Txn.calculateRead(dataset, () -> {
            Model m = dataset.getDefaultModel();
            List<StoredReport> out = new ArrayList<>();
            try (QueryExecution exec = QueryExecution.create(query, m)) {
                exec.execSelect()
                        .forEachRemaining((QuerySolution s) ->
                                out.add(ReportGraph.read(m, ReportGraph.idOf(s.getResource("r")))));
            }
            return out;
        });
    }

    @Override
    public boolean delete(String id, String owner) {
        return Txn.calculateWrite(dataset, () -> {
            Model m = dataset.getDefaultModel();
            Resource report = m.getResource(ReportGraph.REPORT + id);
            if (!owner.equals(ReportGraph.string(report, ReportGraph.OWNER))) return false;
            ReportGraph.remove(m, id);
            return true;
        });
    }

    @Override
    public int deleteCreatedBefore(Instant cutoff) {
        return Txn.calculateWrite(dataset, () -> {
            Model m = dataset.getDefaultModel();
            List<String> old = new ArrayList<>();
            m.listSubjectsWithProperty(RDF.type, ReportGraph.REPORT_CLASS).forEachRemaining(r -> {
                if (ReportGraph.createdAt(r).isBefore(cutoff)) old.add(ReportGraph.idOf(r));
            });
            old.forEach(id -> ReportGraph.remove(m, id));
            return old.size();
        });
    }

    @Override
    public void close() {
        dataset.close();
    }
}
