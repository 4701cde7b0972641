package org.lexcheck.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.lexcheck.TestSupport;
import org.lexcheck.knowledge.Language;
import org.lexcheck.knowledge.ParameterSpec;
import org.lexcheck.knowledge.Vocabulary;
import org.lexcheck.report.Report;
import org.lexcheck.report.ReportWriter;
import org.lexcheck.report.Verdict;
import org.lexcheck.system.Checker;

/**
 * Properties of the parser, the validator and the engine over generated proposals (jqwik): no
 * exception but a named refusal escapes the reader and the validator, whatever the bytes; the
 * verdicts do not depend on the order of the measures; adding a safeguard never turns a
 * COMPATIBLE measure into a CONFLICT. Proposals are drawn from the vocabulary of the real law
 * (every measure type, its number and boolean parameters, target groups, safeguards), for NL on
 * 2027-01-01.
 */
class ProposalPropertiesTest {
    private static final Checker.Pinned CHECKER = TestSupport.checker().pin();
    private static final Vocabulary VOCABULARY = CHECKER.version().knowledge().vocabulary();
    private static final LocalDate DATE = LocalDate.parse("2027-01-01");

    @Property(tries = 300)
    void noExceptionButANamedRefusalEscapesTheReader(
            @ForAll("documents") byte[] content, @ForAll ProposalFormat format) {
        try {
            CHECKER.parse(content, format);
        } catch (InvalidProposalException e) {
            assertThat(e.field()).isNotBlank();
            assertThat(e.getMessage()).doesNotContain("Exception");
        }
    }

    @Provide
    Arbitrary<byte[]> documents() {
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> mangled = measures().map(ms -> {
            byte[] valid = json(ms);
            return java.util.Arrays.copyOf(valid, Math.max(1, valid.length / 2));
        });
        Arbitrary<byte[]> shaped = Arbitraries.strings()
                .withChars("{}[]\":,0123456789.-eE truefalsnl\\u")
                .ofMaxLength(200)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(noise, mangled, shaped);
    }

    @Property(tries = 40)
    void theVerdictsDoNotDependOnTheOrderOfTheMeasures(@ForAll("proposals") List<Map<String, Object>> measures) {
        List<Map<String, Object>> reversed = new ArrayList<>(measures);
        java.util.Collections.reverse(reversed);
        Report forwards = check(measures);
        Report backwards = check(reversed);
        net.jqwik.api.statistics.Statistics.collect(forwards.summary().verdict());
        assertThat(backwards.summary().verdict()).isEqualTo(forwards.summary().verdict());
        assertThat(verdicts(backwards)).isEqualTo(verdicts(forwards));
    }

    @Property(tries = 60)
    void addingASafeguardNeverTurnsCompatibleIntoConflict(
            @ForAll("measure") Map<String, Object> measure, @ForAll("safeguard") String safeguard) {
        Report without = check(List.of(measure));
        if (without.summary().verdict() != Verdict.COMPATIBLE) return;
        Map<String, Object> with = new LinkedHashMap<>(measure);
        List<String> safeguards = new ArrayList<>(list(measure.get("safeguards")));
        if (!safeguards.contains(safeguard)) safeguards.add(safeguard);
        with.put("safeguards", safeguards);
        assertThat(check(List.of(with)).summary().verdict()).isNotEqualTo(Verdict.CONFLICT);
    }

    @Provide
    Arbitrary<String> safeguard() {
        return Arbitraries.of(List.copyOf(VOCABULARY.safeguards()));
    }

    @Provide
    Arbitrary<List<Map<String, Object>>> proposals() {
        return measures();
    }

    private static Arbitrary<List<Map<String, Object>>> measures() {
        return new ProposalPropertiesTest()
                .measure()
                .list()
                .ofMinSize(1)
                .ofMaxSize(4)
                .map(ms -> {
                    List<Map<String, Object>> numbered = new ArrayList<>();
                    for (int i = 0; i < ms.size(); i++) {
                        Map<String, Object> m = new LinkedHashMap<>(ms.get(i));
                        m.put("id", "m" + i);
                        numbered.add(m);
                    }
                    return numbered;
                });
    }

    /** One measure of a type of the vocabulary, with its number and boolean parameters drawn. */
    @Provide
    Arbitrary<Map<String, Object>> measure() {
        Arbitrary<String> types = Arbitraries.of(List.copyOf(new TreeMap<>(VOCABULARY.measureTypes()).keySet()));
        Arbitrary<String> groups = Arbitraries.of(List.copyOf(VOCABULARY.targetGroups()));
        Arbitrary<List<String>> safeguards = Arbitraries.of(List.copyOf(VOCABULARY.safeguards()))
                .list()
                .uniqueElements()
                .ofMaxSize(2);
        return Combinators.combine(
                        types, groups, safeguards, Arbitraries.integers().between(0, 72), Arbitraries.of(true, false))
                .as((type, group, guards, number, flag) -> {
                    Map<String, Object> parameters = new LinkedHashMap<>();
                    for (ParameterSpec spec : VOCABULARY.parameters(type).values()) {
                        if (spec.type() == ParameterSpec.Type.NUMBER) parameters.put(spec.name(), number);
                        else if (spec.type() == ParameterSpec.Type.BOOLEAN) parameters.put(spec.name(), flag);
                    }
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", "m0");
                    m.put("type", type);
                    m.put("targetGroups", List.of(group));
                    m.put("parameters", parameters);
                    if (!guards.isEmpty()) m.put("safeguards", guards);
                    return m;
                });
    }

    private static Report check(List<Map<String, Object>> measures) {
        Proposal p = CHECKER.parse(json(measures), ProposalFormat.JSON);
        return CHECKER.check(p, DATE, Language.EN, false);
    }

    private static byte[] json(List<Map<String, Object>> measures) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", "generated");
        p.put("jurisdiction", "NL");
        p.put("measures", measures);
        return ReportWriter.json().writeValueAsBytes(p);
    }

    private static Map<String, Verdict> verdicts(Report r) {
        Map<String, Verdict> v = new TreeMap<>();
        r.measures().forEach(m -> v.put(m.id(), m.verdict()));
        return v;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object o) {
        return o == null ? List.of() : (List<String>) o;
    }
}
