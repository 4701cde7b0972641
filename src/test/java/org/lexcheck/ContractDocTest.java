package org.lexcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lexcheck.assessment.InstrumentStatus;
import org.lexcheck.cli.Cli;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.knowledge.Language;
import org.lexcheck.knowledge.OntologyLoader;
import org.lexcheck.knowledge.Severity;
import org.lexcheck.knowledge.SourceFiles;
import org.lexcheck.report.Report;
import org.lexcheck.report.ReportDiff;
import org.lexcheck.report.ReportFinding;
import org.lexcheck.report.ReportFormat;
import org.lexcheck.report.Verdict;
import org.lexcheck.report.WhatIf;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Keeps docs/contract.md true. The vocabulary sections (target groups and how they nest,
 * safeguards, policy areas, measure types with their parameters, instrument codes, the closed
 * lists of code parameters) are generated from the ontology between
 * {@code <!-- BEGIN GENERATED: name -->} and {@code <!-- END GENERATED: name -->}; a mismatch
 * fails, and {@code mvn -B -q -Dtest=ContractDocTest -Dlexcheck.contract.write=true test}
 * rewrites them. The hand-written sections must name every report field (JSON and XML), finding
 * kind, verdict, severity, instrument status, report format, language, CLI command and option,
 * REST path and problem type the code has.
 */
class ContractDocTest {
    private static final Path CONTRACT = Path.of("docs/contract.md");
    private static final Pattern GENERATED = Pattern.compile(
            "(<!-- BEGIN GENERATED: ([a-z-]+) -->\n)(.*?)(<!-- END GENERATED: \\2 -->)", Pattern.DOTALL);
    private static final String PREFIXES = """
            PREFIX lx: <https://w3id.org/lexcheck/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    private static Model ontology;
    private static Model shapes;
    private static String doc;

    @BeforeAll
    static void load() throws IOException {
        var graphs = OntologyLoader.parse(SourceFiles.locate(Path.of("ontology"), "ontology", ".ttl"));
        ontology = ModelFactory.createModelForGraph(graphs.data());
        shapes = ModelFactory.createModelForGraph(graphs.shapes());
        doc = Files.readString(CONTRACT);
    }

    @Test
    void theGeneratedVocabularySectionsAreThoseOfTheOntology() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("target-groups", targetGroups());
        expected.put("safeguards", safeguards());
        expected.put("measure-types", measureTypes());
        expected.put("code-values", codeValues());
        expected.put("instruments", instruments());
        Matcher m = GENERATED.matcher(doc);
        StringBuilder rewritten = new StringBuilder();
        List<String> seen = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        while (m.find()) {
            String name = m.group(2);
            seen.add(name);
            if (!expected.containsKey(name)) continue;
            if (!m.group(3).equals(expected.get(name))) stale.add(name);
            m.appendReplacement(rewritten, Matcher.quoteReplacement(m.group(1) + expected.get(name) + m.group(4)));
        }
        m.appendTail(rewritten);
        assertThat(seen)
                .as("generated sections of docs/contract.md")
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        if (Boolean.getBoolean("lexcheck.contract.write") && !stale.isEmpty()) {
            Files.writeString(CONTRACT, rewritten.toString());
            doc = rewritten.toString();
            stale.clear();
        }
        assertThat(stale)
                .as("generated sections of docs/contract.md that differ from the ontology: regenerate with "
                        + "mvn -B -q -Dtest=ContractDocTest -Dlexcheck.contract.write=true test, and review the diff")
                .isEmpty();
    }

    @Test
    void everyParameterAndAcceptedCodeHasItsMeaning() {
        Set<String> parameters = new TreeSet<>();
        select("SELECT ?name WHERE { ?t lx:parameterSpec/lx:name ?name }")
                .forEach(s -> parameters.add(s.getLiteral("name").getString()));
        assertThat(missing(parameters, "`%s`", handTable("| parameter | meaning |")))
                .as("parameters without a meaning in docs/contract.md")
                .isEmpty();
        Map<String, Set<String>> values = new TreeMap<>();
        select("""
                SELECT ?type ?parameter ?value WHERE { ?n lx:regulates/skos:notation ?type ; lx:limit ?l .
                  ?l lx:parameter ?parameter ; lx:allowedValue ?value }""")
                .forEach(s -> values.computeIfAbsent(
                                s.getLiteral("type").getString() + "."
                                        + s.getLiteral("parameter").getString(),
                                k -> new TreeSet<>())
                        .add(s.getLiteral("value").getString()));
        values.forEach(
                (parameter, codes) -> assertThat(missing(codes, "`%s`", handTable("| `" + parameter + "` | meaning |")))
                        .as("values of %s without a meaning in docs/contract.md", parameter)
                        .isEmpty());
    }

    @Test
    void everyReportFieldIsDocumented() {
        Set<String> fields = new TreeSet<>();
        for (Class<?> type : List.of(
                Report.class,
                ReportFinding.class,
                ReportDiff.class,
                org.lexcheck.report.LawChange.class,
                WhatIf.class,
                org.lexcheck.report.StateComparison.class)) fields(type, fields);
        fields.add("resolvedConflicts");
        assertThat(missing(fields, "`%s`"))
                .as("report fields not named in docs/contract.md")
                .isEmpty();
    }

    @Test
    void everyXmlElementAndAttributeIsDocumented() throws IOException {
        Pattern name = Pattern.compile("<xs:(?:element|attribute) name=\"([A-Za-z]+)\"");
        Set<String> names = new TreeSet<>();
        for (String xsd : List.of("proposal-1.xsd", "report-1.xsd")) {
            Matcher m = name.matcher(Files.readString(Path.of("src/main/resources/static/schema", xsd)));
            while (m.find()) names.add(m.group(1));
        }
        assertThat(missing(names, "`%s`"))
                .as("XML elements and attributes not named in docs/contract.md")
                .isEmpty();
    }

    @Test
    void everyClosedListOfTheReportIsDocumented() {
        List<String> codes = new ArrayList<>();
        Stream.of(
                        FindingKind.values(),
                        Verdict.values(),
                        Severity.values(),
                        InstrumentStatus.Status.values(),
                        org.lexcheck.obligation.ProposalObligations.Status.values())
                .flatMap(Stream::of)
                .forEach(e -> codes.add(((Enum<?>) e).name()));
        for (ReportFormat f : ReportFormat.values()) {
            codes.add(f.name().toLowerCase());
            codes.add(f.mediaType());
        }
        codes.addAll(Language.codes());
        assertThat(missing(codes, "`%s`"))
                .as("codes not named in docs/contract.md")
                .isEmpty();
    }

    @Test
    void everyCommandOptionPathAndProblemTypeIsDocumented() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Cli.run(
                List.of("help"),
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        String usage = out.toString(StandardCharsets.UTF_8);
        Set<String> words = new TreeSet<>();
        Matcher command = Pattern.compile("lexcheck\\.jar \\[?([a-z]+)").matcher(usage);
        while (command.find()) words.add(command.group(1));
        Matcher option = Pattern.compile("(--[a-z]+)").matcher(usage);
        while (option.find()) words.add(option.group(1));
        assertThat(words).contains("check", "--date");
        JsonNode openapi = YAMLMapper.builder()
                .build()
                .readTree(Files.readAllBytes(Path.of("src/main/resources/static/openapi.yaml")));
        openapi.get("paths").propertyNames().forEach(words::add);
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            Pattern problem = Pattern.compile("urn:lexcheck:problem:[a-z-]+");
            for (Path p : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = problem.matcher(Files.readString(p));
                while (m.find()) words.add(m.group());
            }
        }
        assertThat(missing(words, "`%s"))
                .as("commands, options, paths and problem types not named in docs/contract.md")
                .isEmpty();
    }

    @Test
    void theContractLinksOnlyInsideTheRepository() throws IOException {
        for (Path file : List.of(CONTRACT, Path.of("README.md"))) {
            assertThat(Files.readString(file))
                    .as(file + " points outside the repository")
                    .doesNotContain("../shared")
                    .doesNotContain("](../");
        }
    }

    /** A newcomer finds in the README how to enter every option the vocabulary can express. */
    @Test
    void theReadmeNamesEveryMeasureType() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> unnamed = new ArrayList<>();
        for (QuerySolution s : select("SELECT ?code WHERE { ?m a lx:MeasureType ; skos:notation ?code }")) {
            String code = s.getLiteral("code").getString();
            if (!readme.contains("`" + code + "`")) unnamed.add(code);
        }
        assertThat(unnamed)
                .as("measure types missing from README.md, section 'Policy options and how to enter them'")
                .isEmpty();
    }

    // ------------------------------------------------------------------ generated sections

    private static String targetGroups() {
        StringBuilder out = new StringBuilder(
                "| code | label (en) | label (nl) | directly under | includes |\n|---|---|---|---|---|\n");
        for (QuerySolution s : select("""
                SELECT ?code ?en ?nl ?covered
                  (GROUP_CONCAT(DISTINCT ?up; SEPARATOR=" ") AS ?ups)
                  (GROUP_CONCAT(DISTINCT ?down; SEPARATOR=" ") AS ?downs)
                WHERE { ?g a lx:TargetGroup ; skos:notation ?code ; skos:prefLabel ?en, ?nl .
                  FILTER (lang(?en) = "en" && lang(?nl) = "nl")
                  OPTIONAL { ?g lx:coveredByNarrower ?covered }
                  OPTIONAL { ?g skos:broader/skos:notation ?up }
                  OPTIONAL { ?d skos:broader+ ?g . ?d skos:notation ?down } }
                GROUP BY ?code ?en ?nl ?covered ORDER BY ?code""")) {
            String includes = codes(s, "downs");
            if (s.contains("covered") && s.getLiteral("covered").getBoolean())
                includes += " (together the whole group)";
            out.append(row(code(s, "code"), text(s, "en"), text(s, "nl"), codes(s, "ups"), includes));
        }
        return out.toString();
    }

    private static String safeguards() {
        StringBuilder out = new StringBuilder("| code | label (en) | label (nl) |\n|---|---|---|\n");
        for (QuerySolution s : select("""
                SELECT ?code ?en ?nl WHERE { ?g a lx:Safeguard ; skos:notation ?code ; skos:prefLabel ?en, ?nl .
                  FILTER (lang(?en) = "en" && lang(?nl) = "nl") } ORDER BY ?code""")) {
            out.append(row(code(s, "code"), text(s, "en"), text(s, "nl")));
        }
        return out.toString();
    }

    private static String measureTypes() {
        Map<String, StringBuilder> byArea = new TreeMap<>();
        Map<String, String> areaLabels = new TreeMap<>();
        for (QuerySolution s : select("""
                SELECT ?area ?areaEn ?areaNl ?code ?en ?nl
                  (GROUP_CONCAT(CONCAT(?name, "|", STRAFTER(STR(?datatype), "#"), "|", STRAFTER(STR(?unit), "#")); SEPARATOR=" ") AS ?params)
                WHERE { ?t a lx:MeasureType ; skos:notation ?code ; skos:prefLabel ?en, ?nl ; lx:area ?a .
                  ?a skos:notation ?area ; skos:prefLabel ?areaEn, ?areaNl .
                  FILTER (lang(?en) = "en" && lang(?nl) = "nl" && lang(?areaEn) = "en" && lang(?areaNl) = "nl")
                  OPTIONAL { ?t lx:parameterSpec [ lx:name ?name ; lx:datatype ?datatype ; lx:unit ?unit ] } }
                GROUP BY ?area ?areaEn ?areaNl ?code ?en ?nl ORDER BY ?area ?code""")) {
            String area = s.getLiteral("area").getString();
            areaLabels.put(area, text(s, "areaEn") + " / " + text(s, "areaNl"));
            List<String> params = new ArrayList<>();
            String raw = s.contains("params") ? s.getLiteral("params").getString() : "";
            for (String p : new TreeSet<>(List.of(raw.isBlank() ? new String[0] : raw.split(" ")))) {
                String[] f = p.split("\\|");
                params.add("`" + f[0] + "`: "
                        + switch (f[1]) {
                            case "decimal" -> "number ≥ 0, " + f[2];
                            case "boolean" -> "`true`/`false`";
                            default -> "code (text; see 6.5)";
                        });
            }
            byArea.computeIfAbsent(
                            area,
                            k -> new StringBuilder("| code | parameters | what it is (en / nl) |\n|---|---|---|\n"))
                    .append(row(
                            code(s, "code"),
                            params.isEmpty() ? "(none)" : String.join("; ", params),
                            text(s, "en") + " / " + text(s, "nl")));
        }
        StringBuilder out = new StringBuilder();
        byArea.forEach((area, table) -> out.append("Policy area `")
                .append(area)
                .append("` (")
                .append(areaLabels.get(area))
                .append("):\n\n")
                .append(table)
                .append('\n'));
        return out.toString().stripTrailing() + "\n";
    }

    private static String codeValues() {
        Map<String, Map<String, Set<String>>> byParameter = new TreeMap<>();
        for (QuerySolution s : select("""
                SELECT ?type ?parameter ?value ?label WHERE {
                  ?n a lx:Norm ; lx:regulates/skos:notation ?type ; lx:limit ?l ; lx:provision/rdfs:label ?label .
                  ?l lx:parameter ?parameter ; lx:allowedValue ?value } ORDER BY ?type ?parameter ?value ?label""")) {
            String key = "`" + s.getLiteral("type").getString() + "."
                    + s.getLiteral("parameter").getString() + "`";
            byParameter
                    .computeIfAbsent(key, k -> new TreeMap<>())
                    .computeIfAbsent(s.getLiteral("value").getString(), k -> new TreeSet<>())
                    .add(s.getLiteral("label").getString());
        }
        StringBuilder out = new StringBuilder();
        byParameter.forEach((parameter, values) -> {
            out.append(parameter)
                    .append(": the values the norms' closed lists accept, and which provisions accept each\n\n")
                    .append("| value | accepted by |\n|---|---|\n");
            values.forEach((value, labels) -> out.append(row("`" + value + "`", String.join("; ", labels))));
            out.append('\n');
        });
        return out.toString().stripTrailing() + "\n";
    }

    private static String instruments() {
        StringBuilder out = new StringBuilder(
                "| code | instrument | applies from | applies until | IRI |\n|---|---|---|---|---|\n");
        Set<String> encoded = new TreeSet<>();
        for (QuerySolution s : select("""
                SELECT ?code ?title ?from ?until ?i ?status WHERE { ?i a lx:Instrument ; lx:code ?code ; dcterms:title ?title .
                  FILTER (lang(?title) = "en" || lang(?title) = "")
                  OPTIONAL { ?i lx:appliesFrom ?from }
                  OPTIONAL { ?i lx:legislativeStatus/rdfs:label ?status }
                  OPTIONAL { ?i lx:appliesUntil ?until } } ORDER BY ?code""")) {
            String code = s.getLiteral("code").getString();
            if (!encoded.add(code)) continue;
            out.append(row(
                    "`" + code + "`",
                    text(s, "title"),
                    s.contains("from")
                            ? s.getLiteral("from").getLexicalForm()
                            : "not adopted (" + s.getLiteral("status").getString()
                                    + "; `--with-pending`: from the reference date)",
                    s.contains("until") ? s.getLiteral("until").getLexicalForm() : "",
                    s.getResource("i").getURI()));
        }
        Set<String> reserved = new TreeSet<>();
        for (QuerySolution s : select("""
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                SELECT ?code WHERE { ?p sh:path lx:code ; sh:in/rdf:rest*/rdf:first ?code }""", shapes)) {
            if (!encoded.contains(s.getLiteral("code").getString()))
                reserved.add("`" + s.getLiteral("code").getString() + "`");
        }
        out.append("\nCodes reserved for instruments not encoded yet: ")
                .append(String.join(", ", reserved))
                .append(".\n");
        return out.toString();
    }

    // ------------------------------------------------------------------ helpers

    /** The items the contract does not name in the given form (e.g. "`%s`": in backticks). */
    private static List<String> missing(java.util.Collection<String> items, String form) {
        return missing(items, form, doc);
    }

    private static List<String> missing(java.util.Collection<String> items, String form, String text) {
        return items.stream()
                .filter(i -> !text.contains(String.format(form, i)))
                .toList();
    }

    /** The hand-written table of the contract that starts with this header line, up to the first blank line. */
    private static String handTable(String header) {
        int start = doc.indexOf(header + "\n");
        assertThat(start).as("a table headed '%s' in docs/contract.md", header).isNotNegative();
        int end = doc.indexOf("\n\n", start);
        return doc.substring(start, end < 0 ? doc.length() : end);
    }

    private static void fields(Class<?> type, Set<String> into) {
        if (!type.isRecord()) return;
        for (RecordComponent c : type.getRecordComponents()) {
            into.add(c.getName());
            fields(c.getType(), into);
            if (c.getGenericType() instanceof java.lang.reflect.ParameterizedType p) {
                for (var arg : p.getActualTypeArguments()) if (arg instanceof Class<?> k) fields(k, into);
            }
        }
    }

    private static List<QuerySolution> select(String query) {
        return select(query, ontology);
    }

    private static List<QuerySolution> select(String query, Model model) {
        List<QuerySolution> rows = new ArrayList<>();
        try (var exec = QueryExecutionFactory.create(PREFIXES + query, model)) {
            exec.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    private static String code(QuerySolution s, String var) {
        return "`" + s.getLiteral(var).getString() + "`";
    }

    private static String text(QuerySolution s, String var) {
        return s.getLiteral(var).getString().replace("|", "\\|");
    }

    private static String codes(QuerySolution s, String var) {
        if (!s.contains(var) || s.getLiteral(var).getString().isBlank()) return "";
        return String.join(
                        ", ",
                        new TreeSet<>(List.of(s.getLiteral(var).getString().split(" "))))
                .replaceAll("([A-Z_]+)", "`$1`");
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }
}
