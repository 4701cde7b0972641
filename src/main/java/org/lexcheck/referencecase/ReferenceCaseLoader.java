package org.lexcheck.referencecase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.lexcheck.assessment.NotAssessed;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.proposal.InvalidProposalException;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.proposal.ProposalReader;
import org.lexcheck.report.Verdict;
import tools.jackson.databind.JsonNode;

/** Reads reference cases; the keys are a closed set so that a typo fails loudly. */
public final class ReferenceCaseLoader {
    private static final List<String> CASE_KEYS = List.of("name", "date", "withPending", "proposal", "expect");
    private static final List<String> EXPECT_KEYS = List.of("verdict", "options", "measures");
    private static final List<String> MEASURE_KEYS =
            List.of("verdict", "reason", "reason", "cites", "caseLaw", "mustNotCite", "findings", "effectiveLimits");
    private static final List<String> FINDING_KEYS = List.of("kind", "cites", "verifiedRemedy", "assumes");
    private static final List<String> LIMIT_KEYS = List.of("parameter", "max", "min", "headroom", "cites");

    private ReferenceCaseLoader() {}

    /** Every {@code .yaml}/{@code .yml} file below {@code dir}, in path order. */
    public static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        }
    }

    /** Reads one case; a malformed one fails with {@link InvalidReferenceCaseException} naming the file and the key. */
    public static ReferenceCase load(Path file) throws IOException {
        try {
            return parse(file, ProposalReader.readTree(Files.readAllBytes(file), ProposalFormat.YAML));
        } catch (InvalidProposalException e) {
            throw new InvalidReferenceCaseException(file, e);
        }
    }

    private static ReferenceCase parse(Path file, JsonNode root) {
        String where = file.toString();
        keys(root, CASE_KEYS, "");
        JsonNode expect = required(root, "expect");
        keys(expect, EXPECT_KEYS, "expect.");
        Map<String, ReferenceCase.MeasureExpectation> measures = new LinkedHashMap<>();
        JsonNode ms = expect.get("measures");
        if (ms != null) {
            for (Map.Entry<String, JsonNode> e : ms.properties()) {
                JsonNode m = e.getValue();
                keys(m, MEASURE_KEYS, "expect.measures." + e.getKey() + ".");
                List<ReferenceCase.FindingExpectation> findings = new ArrayList<>();
                if (m.has("findings")) {
                    String at = "expect.measures." + e.getKey() + ".findings[].";
                    for (JsonNode f : m.get("findings")) {
                        keys(f, FINDING_KEYS, at);
                        findings.add(new ReferenceCase.FindingExpectation(
                                constant(FindingKind.class, text(f, "kind"), at + "kind"),
                                CitationRef.parse(text(f, "cites"), at + "cites"),
                                f.has("verifiedRemedy")
                                        ? f.get("verifiedRemedy").asBoolean()
                                        : null,
                                text(f, "assumes")));
                    }
                }
                List<ReferenceCase.LimitExpectation> limits = new ArrayList<>();
                if (m.has("effectiveLimits")) {
                    for (JsonNode l : m.get("effectiveLimits")) {
                        keys(l, LIMIT_KEYS, "expect.measures." + e.getKey() + ".effectiveLimits[].");
                        String cites = text(l, "cites");
                        limits.add(new ReferenceCase.LimitExpectation(
                                text(l, "parameter"),
                                number(l, "max"),
                                number(l, "min"),
                                number(l, "headroom"),
                                cites == null
                                        ? null
                                        : CitationRef.parse(
                                                cites, "expect.measures." + e.getKey() + ".effectiveLimits[].cites")));
                    }
                }
                String at = "expect.measures." + e.getKey() + ".";
                measures.put(
                        e.getKey(),
                        new ReferenceCase.MeasureExpectation(
                                constant(Verdict.class, text(m, "verdict"), at + "verdict"),
                                constant(NotAssessed.Reason.class, text(m, "reason"), at + "reason"),
                                citations(m, "cites", at),
                                list(m, "caseLaw"),
                                citations(m, "mustNotCite", at),
                                findings,
                                limits));
            }
        }
        String date = text(root, "date");
        return new ReferenceCase(
                where,
                text(required(root, "name"), null),
                date == null ? null : LocalDate.parse(date),
                required(root, "proposal"),
                constant(Verdict.class, text(expect, "verdict"), "expect.verdict"),
                citations(expect, "options", "expect."),
                measures,
                withPending(root));
    }

    /** {@code withPending: true}: the case is checked as if pending law applied (issue 11, item 7); default false. */
    private static boolean withPending(JsonNode root) {
        JsonNode v = root.get("withPending");
        if (v == null || v.isNull()) return false;
        if (!v.isBoolean())
            throw new InvalidProposalException(
                    "withPending", "expected true or false", java.util.List.of("true", "false"));
        return v.asBoolean();
    }

    /** The constant named {@code value} (null stays null); any other value is refused with the allowed ones. */
    private static <E extends Enum<E>> E constant(Class<E> type, String value, String field) {
        if (value == null) return null;
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) return e;
        }
        throw new InvalidProposalException(
                field,
                "unknown value '" + value + "'",
                java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    private static List<CitationRef> citations(JsonNode node, String key, String prefix) {
        return list(node, key).stream()
                .map(c -> CitationRef.parse(c, prefix + key))
                .toList();
    }

    private static JsonNode required(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) throw new InvalidProposalException(key, "is required in a reference case");
        return v;
    }

    private static void keys(JsonNode node, List<String> allowed, String prefix) {
        if (!node.isObject())
            throw new InvalidProposalException(prefix.isEmpty() ? "(case)" : prefix, "expected a mapping", allowed);
        for (String k : node.propertyNames()) {
            if (!allowed.contains(k)) throw new InvalidProposalException(prefix + k, "unknown key", allowed);
        }
    }

    private static String text(JsonNode node, String key) {
        if (key == null) return node.asString();
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static Double number(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : v.asDouble();
    }

    private static List<String> list(JsonNode node, String key) {
        List<String> values = new ArrayList<>();
        JsonNode v = node.get(key);
        if (v != null) v.forEach(x -> values.add(x.asString()));
        return values;
    }
}
