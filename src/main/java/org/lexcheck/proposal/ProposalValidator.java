package org.lexcheck.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lexcheck.knowledge.ParameterSpec;
import org.lexcheck.knowledge.Vocabulary;
import tools.jackson.databind.JsonNode;

/**
 * Turns a parsed proposal tree into a {@link Proposal}, checking every code against the
 * vocabulary. The first problem found is thrown, naming the field and the allowed values.
 * Unknown measure types are accepted (they are reported as NOT_ASSESSED). The structure alone
 * ({@link #checkStructure}) needs no knowledge base, so input errors are found before it loads.
 */
public final class ProposalValidator {
    private static final List<String> PROPOSAL_FIELDS =
            List.of("id", "title", "jurisdiction", "entryIntoForce", "measures");
    private static final List<String> MEASURE_FIELDS = List.of(
            "id",
            "type",
            "targetGroups",
            "parameters",
            "safeguards",
            "exemptions",
            "description",
            "nationalities",
            "countriesOfOrigin",
            "destinationCountry");

    private final Vocabulary vocabulary;

    public ProposalValidator(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * The largest number a parameter takes. Far beyond any legal bound, and small enough that the
     * engine's double arithmetic holds it exactly (no silent rounding or clamping).
     */
    public static final BigDecimal LARGEST_NUMBER = new BigDecimal("1000000000");

    private static final List<String> NUMBER_RANGE = List.of("0 to " + LARGEST_NUMBER.toPlainString());

    /** The checks that need no vocabulary: fields known and present, lists non-empty, texts safe. */
    public static void checkStructure(JsonNode root) {
        if (root == null || !root.isObject())
            throw new InvalidProposalException(
                    "(body)", "expected an object with the proposal's fields", PROPOSAL_FIELDS);
        ProposalTexts.check(root, "");
        onlyKnownFields(root, "", PROPOSAL_FIELDS);
        requiredText(root, "jurisdiction", "jurisdiction");
        JsonNode measures = root.get("measures");
        if (measures == null || !measures.isArray() || measures.isEmpty()) {
            throw new InvalidProposalException("measures", "expected a non-empty list of measures");
        }
        for (int i = 0; i < measures.size(); i++) {
            JsonNode m = measures.get(i);
            String path = "measures[" + i + "]";
            if (!m.isObject())
                throw new InvalidProposalException(
                        path, "expected an object with the measure's fields", MEASURE_FIELDS);
            onlyKnownFields(m, path + ".", MEASURE_FIELDS);
            requiredText(m, "id", path + ".id");
            requiredText(m, "type", path + ".type");
        }
    }

    public Proposal validate(JsonNode root) {
        checkStructure(root);
        String jurisdiction = requiredText(root, "jurisdiction", "jurisdiction");
        if (!vocabulary.jurisdictions().contains(jurisdiction)) {
            throw new InvalidProposalException(
                    "jurisdiction",
                    "unknown state '" + jurisdiction + "'; expected an ISO 3166-1 alpha-2 code such as NL, DK, DE, GB");
        }
        LocalDate entryIntoForce = optionalDate(root, "entryIntoForce");
        JsonNode measuresNode = root.get("measures");
        if (measuresNode == null || !measuresNode.isArray() || measuresNode.isEmpty()) {
            throw new InvalidProposalException("measures", "expected a non-empty list of measures");
        }
        List<Measure> measures = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < measuresNode.size(); i++) {
            Measure m = measure(measuresNode.get(i), "measures[" + i + "]");
            if (!ids.add(m.id()))
                throw new InvalidProposalException("measures[" + i + "].id", "duplicate measure id '" + m.id() + "'");
            measures.add(m);
        }
        return new Proposal(
                optionalText(root, "id", "id", "proposal"),
                optionalText(root, "title", "title", ""),
                jurisdiction,
                entryIntoForce,
                measures);
    }

    private Measure measure(JsonNode node, String path) {
        if (!node.isObject())
            throw new InvalidProposalException(path, "expected an object with the measure's fields", MEASURE_FIELDS);
        onlyKnownFields(node, path + ".", MEASURE_FIELDS);
        String id = requiredText(node, "id", path + ".id");
        String type = requiredText(node, "type", path + ".type");
        List<String> groups = codes(node, "targetGroups", path, vocabulary.targetGroups());
        if (groups.isEmpty())
            throw new InvalidProposalException(
                    path + ".targetGroups",
                    "at least one target group is required",
                    List.copyOf(vocabulary.targetGroups()));
        return new Measure(
                id,
                type,
                groups,
                parameters(node.get("parameters"), path + ".parameters", type),
                codes(node, "safeguards", path, vocabulary.safeguards()),
                codes(node, "exemptions", path, vocabulary.targetGroups()),
                optionalText(node, "description", path + ".description", null),
                targets(node, path));
    }

    /**
     * The nationalities ({@code countriesOfOrigin} is accepted as another name for them, not both)
     * and the destination country, each an ISO 3166-1 alpha-2 code of the vocabulary.
     */
    private Targets targets(JsonNode node, String path) {
        if (node.has("nationalities") && node.has("countriesOfOrigin"))
            throw new InvalidProposalException(
                    path + ".countriesOfOrigin",
                    "give either nationalities or countriesOfOrigin (the same list under another name), not both");
        String field = node.has("countriesOfOrigin") ? "countriesOfOrigin" : "nationalities";
        List<String> nationalities = countryCodes(node, field, path);
        JsonNode destination = node.get("destinationCountry");
        String destinationCountry = null;
        if (destination != null && !destination.isNull()) {
            if (!destination.isString())
                throw new InvalidProposalException(
                        path + ".destinationCountry",
                        "expected an ISO 3166-1 alpha-2 code, got " + destination,
                        List.copyOf(new TreeSet<>(vocabulary.jurisdictions())));
            destinationCountry = country(destination.asString().strip(), path + ".destinationCountry");
        }
        return new Targets(nationalities, destinationCountry);
    }

    private List<String> countryCodes(JsonNode node, String name, String path) {
        JsonNode list = node.get(name);
        List<String> codes = new ArrayList<>();
        if (list == null || list.isNull()) return codes;
        if (!list.isArray())
            throw new InvalidProposalException(
                    path + "." + name,
                    "expected a list of ISO 3166-1 alpha-2 codes",
                    List.copyOf(new TreeSet<>(vocabulary.jurisdictions())));
        for (int i = 0; i < list.size(); i++) {
            JsonNode c = list.get(i);
            String field = path + "." + name + "[" + i + "]";
            if (!c.isString())
                throw new InvalidProposalException(
                        field,
                        "expected an ISO 3166-1 alpha-2 code, got " + c,
                        List.copyOf(new TreeSet<>(vocabulary.jurisdictions())));
            String code = country(c.asString().strip(), field);
            if (!codes.contains(code)) codes.add(code);
        }
        return codes;
    }

    private String country(String code, String field) {
        if (!vocabulary.jurisdictions().contains(code))
            throw new InvalidProposalException(
                    field,
                    "unknown country '" + code + "'; expected an ISO 3166-1 alpha-2 code such as SY, AF, MA",
                    List.copyOf(new TreeSet<>(vocabulary.jurisdictions())));
        return code;
    }

    private Map<String, Object> parameters(JsonNode node, String path, String type) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (node == null || node.isNull()) return values;
        if (!node.isObject())
            throw new InvalidProposalException(path, "expected an object of parameter names and values");
        Map<String, ParameterSpec> specs = vocabulary.measureTypes().get(type);
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String field = path + "." + e.getKey();
            JsonNode v = e.getValue();
            if (specs == null) {
                values.put(
                        e.getKey(),
                        v.isNumber() ? number(v, field, null) : v.isBoolean() ? v.booleanValue() : v.asString());
                continue;
            }
            ParameterSpec spec = specs.get(e.getKey());
            if (spec == null) {
                throw new InvalidProposalException(
                        field,
                        "unknown parameter '" + e.getKey() + "' for measure type " + type,
                        List.copyOf(new TreeSet<>(specs.keySet())));
            }
            values.put(e.getKey(), typed(v, spec, field));
        }
        return values;
    }

    private static Object typed(JsonNode v, ParameterSpec spec, String field) {
        return switch (spec.type()) {
            case NUMBER -> {
                if (!v.isNumber())
                    throw new InvalidProposalException(
                            field, "expected a number" + unit(spec) + ", got " + describe(v), NUMBER_RANGE);
                yield number(v, field, spec);
            }
            case BOOLEAN -> {
                if (!v.isBoolean())
                    throw new InvalidProposalException(
                            field, "expected true or false, got " + describe(v), List.of("true", "false"));
                yield v.booleanValue();
            }
            case CODE -> {
                if (!v.isString() || v.asString().isBlank())
                    throw new InvalidProposalException(field, "expected a code (text), got " + describe(v));
                yield v.asString();
            }
        };
    }

    /** A number within 0..{@link #LARGEST_NUMBER}; beyond it is refused, never rounded or clamped. */
    private static BigDecimal number(JsonNode v, String field, ParameterSpec spec) {
        boolean finite = !v.isFloatingPointNumber() || v.isBigDecimal() || Double.isFinite(v.doubleValue());
        BigDecimal d = finite ? v.decimalValue() : null;
        if (d == null || d.signum() < 0 || d.compareTo(LARGEST_NUMBER) > 0) {
            String shown = v.toString().length() > 40 ? v.toString().substring(0, 40) + "..." : v.toString();
            throw new InvalidProposalException(
                    field,
                    "must be between 0 and " + LARGEST_NUMBER.toPlainString() + unit(spec) + ", got " + shown,
                    NUMBER_RANGE);
        }
        return d;
    }

    private static String unit(ParameterSpec spec) {
        return spec == null || spec.unit() == null ? "" : " (" + spec.unit().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    private static String describe(JsonNode v) {
        return v.isString() ? "the text \"" + v.asString() + "\"" : v.toString();
    }

    private List<String> codes(JsonNode node, String name, String path, Set<String> allowed) {
        JsonNode list = node.get(name);
        List<String> codes = new ArrayList<>();
        if (list == null || list.isNull()) return codes;
        if (!list.isArray())
            throw new InvalidProposalException(path + "." + name, "expected a list of codes", List.copyOf(allowed));
        for (int i = 0; i < list.size(); i++) {
            JsonNode c = list.get(i);
            String field = path + "." + name + "[" + i + "]";
            if (!c.isString())
                throw new InvalidProposalException(field, "expected a code, got " + c, List.copyOf(allowed));
            if (!allowed.contains(c.asString())) {
                throw new InvalidProposalException(field, "unknown value '" + c.asString() + "'", List.copyOf(allowed));
            }
            if (!codes.contains(c.asString())) codes.add(c.asString());
        }
        return codes;
    }

    private static void onlyKnownFields(JsonNode node, String prefix, List<String> allowed) {
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name))
                throw new InvalidProposalException(prefix + name, "unknown field '" + name + "'", allowed);
        }
    }

    private static String requiredText(JsonNode node, String name, String field) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) throw new InvalidProposalException(field, "is required");
        if (!v.isString() || v.asString().isBlank())
            throw new InvalidProposalException(field, "expected a non-empty text, got " + v);
        return v.asString().strip();
    }

    private static String optionalText(JsonNode node, String name, String field, String fallback) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) return fallback;
        if (!v.isString()) throw new InvalidProposalException(field, "expected a text, got " + v);
        return v.asString();
    }

    private static LocalDate optionalDate(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) return null;
        try {
            return LocalDate.parse(v.asString());
        } catch (DateTimeParseException e) {
            throw new InvalidProposalException(name, "expected a date YYYY-MM-DD, got " + v);
        }
    }
}
