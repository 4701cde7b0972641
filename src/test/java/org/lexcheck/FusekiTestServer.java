package org.lexcheck;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * A real Apache Jena Fuseki on loopback, in the test JVM, on a free port, with one transactional
 * in-memory dataset {@code /lexcheck} that answers SPARQL Query, Update and the Graph Store
 * Protocol, as a deployment's shared server does.
 */
public final class FusekiTestServer implements AutoCloseable {
    private final DatasetGraph dataset;
    private final int port;
    private FusekiServer server;

    private FusekiTestServer(DatasetGraph dataset, FusekiServer server) {
        this.dataset = dataset;
        this.server = server;
        this.port = server.getHttpPort();
    }

    public static FusekiTestServer start() {
        // One log line per request and per server start is noise in a test run; warnings stay.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.jena.fuseki"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        return new FusekiTestServer(dataset, serve(dataset, 0));
    }

    private static FusekiServer serve(DatasetGraph dataset, int port) {
        return FusekiServer.create()
                .loopback(true)
                .port(port)
                .verbose(false)
                .enablePing(true)
                .add("/lexcheck", dataset)
                .build()
                .start();
    }

    /** After {@link #close()}: the server again, on the same port with the same data, as a restarted Fuseki. */
    public void restart() {
        if (server.getJettyServer().isRunning()) throw new IllegalStateException("the server is running");
        server = serve(dataset, port);
    }

    /** The dataset's URL, e.g. {@code http://localhost:PORT/lexcheck}. */
    public String url() {
        return "http://localhost:" + port + "/lexcheck";
    }

    /** Empties the whole dataset. */
    public void clear() {
        try (RDFConnection c = RDFConnection.connect(url())) {
            c.update("CLEAR ALL");
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
