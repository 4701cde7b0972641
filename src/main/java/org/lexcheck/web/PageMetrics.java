package org.lexcheck.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.lexcheck.report.Report;
import org.lexcheck.report.ReportFinding;
import org.springframework.stereotype.Component;

/**
 * The page's checks in the service's metrics: the same meters, names and tag keys as the API's
 * ({@code lexcheck.check.duration}, {@code lexcheck.requests}, {@code lexcheck.checks},
 * {@code lexcheck.findings}, {@code lexcheck.rejected}; the API's {@code CheckMetrics} is
 * package-private to it), so that a check counts the same whichever door it came through.
 */
@Component
class PageMetrics {
    private final MeterRegistry registry;
    private final Timer latency;

    PageMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder("lexcheck.check.duration")
                .description("Time to check a request's proposal(s) and build the report(s)")
                .publishPercentileHistogram()
                .register(registry);
    }

    /** Times one page request's checks ({@code kind}: report, whatif, comparison). */
    <T> T timed(String kind, Supplier<T> checks) {
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

    void report(Report report) {
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

    /** Input the page refused (shown on the form, answered 400). */
    void rejected() {
        Counter.builder("lexcheck.rejected")
                .description("Requests refused with a problem, by status and type")
                .tag("status", "400")
                .tag("type", "urn:lexcheck:problem:invalid-input")
                .register(registry)
                .increment();
    }
}
