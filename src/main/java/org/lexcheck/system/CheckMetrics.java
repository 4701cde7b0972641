package org.lexcheck.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.lexcheck.report.Report;
import org.lexcheck.report.ReportFinding;
import org.springframework.stereotype.Component;

/**
 * What the service counts, for Prometheus ({@code /actuator/prometheus}): checks by kind of request
 * and verdict, their latency (a histogram), findings by kind, rejected inputs by status and
 * problem type, and reloads by outcome. Tags take only values the code names (verdicts, kinds,
 * statuses), never anything from a request, so that no input can multiply the series.
 */
@Component
public class CheckMetrics {
    private final MeterRegistry registry;
    private final Timer latency;

    public CheckMetrics(MeterRegistry registry, KnowledgeReloader reloader) {
        this.registry = registry;
        // Every reload, asked for or after an edit the watch saw; each outcome shown from the start (0).
        for (var outcome : KnowledgeReloader.Result.Status.values()) reloads(outcome.name());
        reloader.onResult(result -> reload(result.status().name()));
        this.latency = Timer.builder("lexcheck.check.duration")
                .description("Time to check a request's proposal(s) and build the report(s)")
                .publishPercentileHistogram()
                .register(registry);
    }

    /** Times one request's checks ({@code kind}: report, whatif, comparison, diff). */
    public <T> T timed(String kind, Supplier<T> checks) {
        long start = System.nanoTime();
        try {
            return checks.get();
        } finally {
            latency.record(java.time.Duration.ofNanos(System.nanoTime() - start));
            Counter.builder("lexcheck.requests")
                    .description("Check requests by kind")
                    .tag("kind", kind)
                    .register(registry)
                    .increment();
        }
    }

    /** One report made: its verdict and its findings by kind. */
    public void report(Report report) {
        Counter.builder("lexcheck.checks")
                .description("Reports made, by overall verdict")
                .tag("verdict", report.summary().verdict().name())
                .register(registry)
                .increment();
        for (ReportFinding f : report.findings()) {
            Counter.builder("lexcheck.findings")
                    .description("Findings by kind")
                    .tag("kind", f.kind().name())
                    .register(registry)
                    .increment();
        }
    }

    /** A request refused with a problem: its status and problem type (a fixed URN). */
    public void rejected(int status, String type) {
        Counter.builder("lexcheck.rejected")
                .description("Requests refused with a problem, by status and type")
                .tag("status", String.valueOf(status))
                .tag("type", type)
                .register(registry)
                .increment();
    }

    /** A reload of knowledge and rules, by outcome (RELOADED, UNCHANGED, FAILED). */
    private void reload(String outcome) {
        reloads(outcome).increment();
    }

    private Counter reloads(String outcome) {
        return Counter.builder("lexcheck.reloads")
                .description("Reloads of knowledge and rules, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    /** A check answered but not kept: the report store failed (a full disk, a read-only folder, a server gone). */
    public void storeFailed() {
        Counter.builder("lexcheck.store.failures")
                .description("Checks answered but not stored because the report store failed")
                .register(registry)
                .increment();
    }
}
