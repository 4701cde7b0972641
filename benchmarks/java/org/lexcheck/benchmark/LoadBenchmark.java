package org.lexcheck.benchmark;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.lexcheck.knowledge.OntologyLoader;
import org.lexcheck.rules.RuleBaseBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** What a new version of knowledge and rules costs: paid once per version, never per check. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class LoadBenchmark {

    /** Parse all Turtle, validate with SHACL, map to facts. */
    @Benchmark
    public Object loadOntology() {
        return OntologyLoader.load(Path.of("ontology"));
    }

    /** Compile the DRL with the executable model. */
    @Benchmark
    public Object buildRules() {
        return RuleBaseBuilder.build(Path.of("rules"));
    }
}
