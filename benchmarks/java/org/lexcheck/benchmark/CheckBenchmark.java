package org.lexcheck.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.lexcheck.knowledge.Language;
import org.lexcheck.proposal.Proposal;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.report.ReportFormat;
import org.lexcheck.report.ReportWriter;
import org.lexcheck.system.Checker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of one check over the shared, already built knowledge and rule base: the cost a
 * request pays. Run with {@code mvn -B -Pbench verify} (see docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CheckBenchmark {
    private static final LocalDate DATE = LocalDate.of(2027, 1, 1);

    private Checker checker;
    private byte[] oneMeasureJson;
    private Proposal oneMeasure;
    private Proposal tenMeasures;

    @Setup
    public void setUp() throws Exception {
        checker = Checker.load(Path.of("ontology"), Path.of("rules"));
        oneMeasureJson = Files.readAllBytes(Path.of("examples/nl-subsidiary-protection-waiting-36-months.json"));
        oneMeasure = checker.parse(oneMeasureJson, ProposalFormat.JSON);
        tenMeasures = checker.parse(tenMeasureProposal().getBytes(StandardCharsets.UTF_8), ProposalFormat.JSON);
    }

    /** Engine and report only: one measure. */
    @Benchmark
    public Object checkOneMeasure() {
        return checker.check(oneMeasure, DATE, Language.EN);
    }

    /** Engine and report only: ten measures of several family-reunification types. */
    @Benchmark
    public Object checkTenMeasures() {
        return checker.check(tenMeasures, DATE, Language.EN);
    }

    /** What a REST request costs in the service: parse, validate, check, write JSON. */
    @Benchmark
    public String parseCheckAndWriteJson() {
        return ReportWriter.write(
                checker.check(oneMeasureJson, ProposalFormat.JSON, DATE, Language.EN), ReportFormat.JSON);
    }

    static String tenMeasureProposal() {
        return proposal(10);
    }

    /** {@code n} family-reunification measures of ten kinds, repeated with new ids beyond ten (NL). */
    static String proposal(int n) {
        String[][] m = {
            {"FR_WAITING_PERIOD", "SUBSIDIARY_PROTECTION", "\"months\": 36"},
            {"FR_WAITING_PERIOD", "THIRD_COUNTRY_NATIONAL", "\"months\": 18"},
            {"FR_INCOME_REQUIREMENT", "REFUGEE", "\"graceMonths\": 2"},
            {"FR_REFUGEE_APPLICATION_WINDOW", "REFUGEE", "\"months\": 3"},
            {"FR_INTEGRATION_REQUIREMENT", "THIRD_COUNTRY_NATIONAL", "\"preDeparture\": true, \"eur\": 350"},
            {"FR_SPOUSE_MINIMUM_AGE", "THIRD_COUNTRY_NATIONAL", "\"years\": 22"},
            {"FR_FAMILY_SCOPE_RESTRICTION", "THIRD_COUNTRY_NATIONAL", "\"maxChildAge\": 15"},
            {"FR_DECISION_TIME_LIMIT", "THIRD_COUNTRY_NATIONAL", "\"months\": 12"},
            {"FR_SUSPENSION", "BENEFICIARY_OF_INTERNATIONAL_PROTECTION", "\"months\": 12"},
            {"FR_IN_PERSON_APPLICATION", "REFUGEE", "\"exceptionsAllowed\": false"}
        };
        StringBuilder s = new StringBuilder("{\"id\":\"bench\",\"jurisdiction\":\"NL\",\"measures\":[");
        for (int i = 0; i < n; i++) {
            if (i > 0) s.append(',');
            String[] kind = m[i % m.length];
            s.append("{\"id\":\"m")
                    .append(i)
                    .append("\",\"type\":\"")
                    .append(kind[0])
                    .append("\",\"targetGroups\":[\"")
                    .append(kind[1])
                    .append("\"],\"parameters\":{")
                    .append(kind[2])
                    .append("}}");
        }
        return s.append("]}").toString();
    }
}
