package org.lexcheck;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * A real Apache Jena Fuseki on loopback, in the test JVM, on a free port, with one transactional
 * in-memory dataset {@code /lexcheck} that answers SPARQL Query, Update and the Graph Store
 * Protocol, as a deployment's shared server does.
 */
public final class FusekiTestServer implements AutoCloseable {
    private final FusekiServer server;

    private FusekiTestServer(FusekiServer server) {
        this.server = server;
    }

    public static FusekiTestServer start() {
        // One log line per request and per server start is noise in a test run; warnings stay.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.jena.fuseki"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        FusekiServer server = FusekiServer.create()
                .loopback(true)
                .port(0)
                .verbose(false)
                .enablePing(true)
                .add("/lexcheck", DatasetGraphFactory.createTxnMem())
                .build()
                .start();
        return new FusekiTestServer(server);
    }

    /** The dataset's URL, e.g. {@code http://localhost:PORT/lexcheck}. */
    public String url() {
        return "http://localhost:" + server.getHttpPort() + "/lexcheck";
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
