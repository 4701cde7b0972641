package org.lexcheck.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.lexcheck.engine.CheckBudget;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * A check whose client has gone stops (issue 14). While a request is answered, Tomcat reads
 * nothing from its connection, so nothing tells the service that the client has closed it; the
 * checks would run on to their budget for nobody. Each {@code POST} over HTTP/1.x is therefore
 * watched ({@link CheckBudget#watchClient}): between rule sessions, at most every 100 ms and only
 * while checks run (after the body has been read, before the answer is written, on the request's
 * own thread), Tomcat is asked for a non-blocking read of the connection. The end of the stream
 * (or a read error) means that the client has closed it: the checks stop as if their budget were
 * spent, and {@code lexcheck_checks_cancelled_total} counts it.
 *
 * <p>Only checks that run for more than a second are asked about. Tomcat answers "available" both
 * for the end of the stream and for bytes of a next request that a client sent ahead (pipelining);
 * the two are told apart by asking once more without reading: only bytes actually received stay
 * buffered. Once the connection has been read this way, it is closed after the answer (see
 * {@link Connection#gone}). A client that half-closes its connection after the request (shuts down
 * its output but still waits for the answer) counts as gone.
 */
@Component
class ClientDisconnect implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {
    private final Counter cancelled;

    ClientDisconnect(MeterRegistry registry) {
        this.cancelled = Counter.builder("lexcheck.checks.cancelled")
                .description("Requests whose checks stopped because the client had closed the connection")
                .register(registry);
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addEngineValves(new Watching(cancelled));
    }

    /** Watches the client of each {@code POST} over HTTP/1.x while its request is answered. */
    static final class Watching extends ValveBase {
        private final Counter cancelled;

        Watching(Counter cancelled) {
            super(true);
            this.cancelled = cancelled;
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            String protocol = request.getProtocol();
            if (!"POST".equals(request.getMethod()) || protocol == null || !protocol.startsWith("HTTP/1.")) {
                getNext().invoke(request, response);
                return;
            }
            try (CheckBudget.Watch watch =
                    CheckBudget.watchClient(new Connection(request.getCoyoteRequest(), cancelled))) {
                getNext().invoke(request, response);
            }
        }
    }

    /** The connection of one request, asked by its checks whether the client has closed it. */
    static final class Connection implements CheckBudget.Client {
        /** Checks shorter than this are never asked about (and keep their connection open for the next request). */
        static final long GRACE_NANOS = 1_000_000_000L;

        private final org.apache.coyote.Request coyote;
        private final Counter cancelled;
        private final long start = System.nanoTime();
        private boolean reading;

        Connection(org.apache.coyote.Request coyote, Counter cancelled) {
            this.coyote = coyote;
            this.cancelled = cancelled;
        }

        @Override
        public boolean gone() {
            if (System.nanoTime() - start < GRACE_NANOS) return false;
            try {
                AtomicBoolean bodyRead = new AtomicBoolean();
                coyote.action(ActionCode.REQUEST_BODY_FULLY_READ, bodyRead);
                if (!bodyRead.get() || buffered() > 0) return false;
                if (!reading) {
                    // A read here can leave bytes that a client sent ahead (pipelining, which HTTP/1.1,
                    // RFC 2616 8.1.2.2, advises against with a POST) where Tomcat no longer looks for the
                    // next request: from the first read on, the connection closes once this answer is complete, as
                    // Tomcat does after an aborted upload, and such a client sends its next request again.
                    coyote.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
                    reading = true;
                }
                // A non-blocking read: "available" is the end of the stream, a read error or new bytes ...
                coyote.action(ActionCode.AVAILABLE, Boolean.TRUE);
                if (coyote.getAvailable() <= 0) return false;
                // ... and only new bytes stay buffered.
                if (buffered() > 0) return false;
            } catch (RuntimeException e) {
                return false;
            }
            cancelled.increment();
            return true;
        }

        /** Bytes received and not yet read, without reading the connection. */
        private int buffered() {
            coyote.action(ActionCode.AVAILABLE, Boolean.FALSE);
            return coyote.getAvailable();
        }
    }
}
