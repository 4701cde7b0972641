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
    private static final List<String> EXPECT_KEYS = List.of(
            "verdict", "options", "obligations", "alternatives", "measures", "timelines", "sideBySide", "moved");
    private static final List<String> TIMELINE_KEYS =
            List.of("person", "absent", "totalMonths", "measures", "bounds", "notBound");
    private static final List<String> BOUND_KEYS = List.of("cites", "outcome", "months", "finding", "reportedOn");
    private static final List<String> OUTCOMES = List.of("WITHIN", "RISK", "CONFLICT");
    private static final List<String> MEASURE_KEYS =
            List.of("verdict", "reason", "cites", "caseLaw", "mustNotCite", "findings", "effectiveLimits", "acts");
    private static final List<String> FINDING_KEYS = List.of("kind", "cites", "verifiedRemedy", "assumes");
    private static final List<String> LIMIT_KEYS = List.of("parameter", "max", "min", "headroom", "cites");
    private static final List<String> ACT_KEYS = List.of("act", "count", "agency", "safeguard");

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
                List<ReferenceCase.ActExpectation> acts = new ArrayList<>();
                if (m.has("acts")) {
                    for (JsonNode a : m.get("acts")) {
                        keys(a, ACT_KEYS, "expect.measures." + e.getKey() + ".acts[].");
                        acts.add(new ReferenceCase.ActExpectation(
                                text(required(a, "act"), null),
                                a.has("count") ? a.get("count").asInt() : null,
                                text(a, "agency"),
                                text(a, "safeguard")));
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
                                limits,
                                acts));
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
                obligations(expect),
                alternatives(expect),
                measures,
                timelines(expect),
                withPending(root),
                sideBySide(expect),
                moved(expect));
    }

    /** {@code expect.timelines}: per person, the measures counted, the total and the bounds. */
    private static List<ReferenceCase.TimelineExpectation> timelines(JsonNode expect) {
        List<ReferenceCase.TimelineExpectation> out = new ArrayList<>();
        if (!expect.has("timelines")) return out;
        String at = "expect.timelines[].";
        for (JsonNode t : expect.get("timelines")) {
            keys(t, TIMELINE_KEYS, at);
            if (text(t, "person") == null) throw new InvalidProposalException(at + "person", "is required");
            List<ReferenceCase.BoundExpectation> bounds = new ArrayList<>();
            if (t.has("bounds")) {
                for (JsonNode b : t.get("bounds")) {
                    keys(b, BOUND_KEYS, at + "bounds[].");
                    String outcome = text(b, "outcome");
                    if (outcome != null && !OUTCOMES.contains(outcome))
                        throw new InvalidProposalException(
                                at + "bounds[].outcome", "unknown value '" + outcome + "'", OUTCOMES);
                    bounds.add(new ReferenceCase.BoundExpectation(
                            CitationRef.parse(text(b, "cites"), at + "bounds[].cites"),
                            outcome,
                            number(b, "months"),
                            text(b, "finding"),
                            text(b, "reportedOn")));
                }
            }
            out.add(new ReferenceCase.TimelineExpectation(
                    text(t, "person"),
                    t.has("absent") && t.get("absent").asBoolean(),
                    number(t, "totalMonths"),
                    t.has("measures") ? list(t, "measures") : null,
                    bounds,
                    citations(t, "notBound", at)));
        }
        return out;
    }

    /** {@code sideBySide: {states: [NL, DK], cells: [{measure, jurisdiction, verdict, differs, instrument}]}}. */
    private static ReferenceCase.SideBySideExpectation sideBySide(JsonNode expect) {
        JsonNode s = expect.get("sideBySide");
        if (s == null) return null;
        keys(s, List.of("states", "cells"), "expect.sideBySide.");
        required(s, "states");
        List<String> states = list(s, "states");
        List<ReferenceCase.CellExpectation> cells = new ArrayList<>();
        if (s.has("cells")) {
            for (JsonNode c : s.get("cells")) {
                String at = "expect.sideBySide.cells[].";
                keys(c, List.of("measure", "jurisdiction", "verdict", "differs", "instrument"), at);
                String differs = text(c, "differs");
                if (differs != null && !List.of("verdict", "grounds", "none").contains(differs))
                    throw new InvalidProposalException(
                            at + "differs", "unknown value '" + differs + "'", List.of("verdict", "grounds", "none"));
                cells.add(new ReferenceCase.CellExpectation(
                        text(required(c, "measure"), null),
                        text(required(c, "jurisdiction"), null),
                        constant(Verdict.class, text(c, "verdict"), at + "verdict"),
                        differs,
                        text(c, "instrument")));
            }
        }
        return new ReferenceCase.SideBySideExpectation(states, cells);
    }

    /** {@code moved: {date: 2026-06-12, findings: [{measure: m1, from: "APD 43", to: "APR 51"}]}}. */
    private static ReferenceCase.MovedExpectation moved(JsonNode expect) {
        JsonNode m = expect.get("moved");
        if (m == null) return null;
        keys(m, List.of("date", "findings"), "expect.moved.");
        List<ReferenceCase.MoveExpectation> findings = new ArrayList<>();
        for (JsonNode f : required(m, "findings")) {
            String at = "expect.moved.findings[].";
            keys(f, List.of("measure", "from", "to"), at);
            findings.add(new ReferenceCase.MoveExpectation(
                    text(required(f, "measure"), null),
                    CitationRef.parse(text(required(f, "from"), null), at + "from"),
                    CitationRef.parse(text(required(f, "to"), null), at + "to")));
        }
        return new ReferenceCase.MovedExpectation(LocalDate.parse(text(required(m, "date"), null)), findings);
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

    /** {@code alternatives: [{measure: m1, type: FR_WAITING_PERIOD, needs: councilAuthorisation}, {measure: m2, none: true}]}. */
    private static List<ReferenceCase.AlternativeExpectation> alternatives(JsonNode expect) {
        List<ReferenceCase.AlternativeExpectation> out = new ArrayList<>();
        JsonNode list = expect.get("alternatives");
        if (list == null) return out;
        int i = 0;
        for (JsonNode a : list) {
            String at = "expect.alternatives[" + i++ + "].";
            keys(a, List.of("measure", "type", "needs", "none"), at);
            boolean none = a.has("none") && a.get("none").asBoolean();
            String type = text(a, "type");
            if (none == (type != null))
                throw new InvalidProposalException(
                        at + "type", "give either a type or none: true", List.of("type", "none"));
            out.add(new ReferenceCase.AlternativeExpectation(
                    text(required(a, "measure"), null), type, text(a, "needs"), none));
        }
        return out;
    }

    /** {@code obligations: [{cites: "APR 35", status: UNMET}, ...]}. */
    private static List<ReferenceCase.ObligationExpectation> obligations(JsonNode expect) {
        List<ReferenceCase.ObligationExpectation> out = new ArrayList<>();
        JsonNode list = expect.get("obligations");
        if (list == null) return out;
        int i = 0;
        for (JsonNode o : list) {
            String at = "expect.obligations[" + i++ + "].";
            keys(o, List.of("cites", "status"), at);
            out.add(new ReferenceCase.ObligationExpectation(
                    CitationRef.parse(text(required(o, "cites"), null), at + "cites"),
                    constant(
                            org.lexcheck.obligation.ProposalObligations.Status.class,
                            text(required(o, "status"), null),
                            at + "status")));
        }
        return out;
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
