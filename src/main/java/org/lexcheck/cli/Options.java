package org.lexcheck.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lexcheck.knowledge.Language;
import org.lexcheck.report.ReportFormat;

/** The options every command shares, parsed from the arguments after the command name. */
record Options(
        List<LocalDate> dates,
        ReportFormat format,
        Language language,
        boolean explain,
        Path rules,
        Path ontology,
        String jurisdiction,
        String jurisdictions,
        String area,
        List<String> arguments,
        boolean withPending,
        boolean batch,
        int threads,
        String sparql) {

    /** The one reference date given, or null (then the proposal's entryIntoForce, else today). */
    LocalDate date() {
        return dates.isEmpty() ? null : dates.get(0);
    }

    static final String USAGE = """
            usage: java -jar lexcheck.jar check [--date YYYY-MM-DD]... [--jurisdictions STATE,STATE...] [--format json|xml|html|text] [--lang en|nl] [--explain] [--with-pending] FILE...
                   java -jar lexcheck.jar check --batch [--threads N] [--date YYYY-MM-DD] [--lang en|nl] [--explain] FILE|DIR...   JSON Lines
                   java -jar lexcheck.jar diff [--date YYYY-MM-DD] [--format json|xml|text] [--lang en|nl] OLD NEW
                   java -jar lexcheck.jar obligations --jurisdiction STATE [--date YYYY-MM-DD] [--area AREA] [--format json|text] [--lang en|nl]
                   java -jar lexcheck.jar verify [DIR]        run reference cases (default test-cases/)
                   java -jar lexcheck.jar coverage [DIR]      norms, rules and cases per measure type
                   java -jar lexcheck.jar lint                rules vs ontology consistency
                   java -jar lexcheck.jar publish --sparql URL [--ontology DIR]   validate and publish the knowledge to a SPARQL dataset
                   java -jar lexcheck.jar serve               REST service on port 8080
                   java -jar lexcheck.jar --version           the engine version
            every command takes --rules DIR and --ontology DIR (publish takes --ontology only)""";

    /** The options each command takes; any other is bad usage rather than silently ignored. */
    private static final Map<String, List<String>> ACCEPTED = Map.of(
            "check",
                    List.of(
                            "--date",
                            "--jurisdictions",
                            "--format",
                            "--lang",
                            "--explain",
                            "--with-pending",
                            "--batch",
                            "--threads",
                            "--rules",
                            "--ontology"),
            "diff", List.of("--date", "--format", "--lang", "--rules", "--ontology"),
            "obligations", List.of("--jurisdiction", "--date", "--area", "--format", "--lang", "--rules", "--ontology"),
            "verify", List.of("--rules", "--ontology"),
            "coverage", List.of("--rules", "--ontology"),
            "lint", List.of("--rules", "--ontology"),
            "publish", List.of("--sparql", "--ontology"));

    /** Parses the arguments after {@code command}; an option the command does not take is refused naming the ones it does. */
    static Options parse(String command, List<String> args) {
        List<String> accepted = ACCEPTED.getOrDefault(command, List.of());
        for (String a : args) {
            if (a.startsWith("--") && !accepted.contains(a) && isOption(a)) {
                throw new UsageException(
                        a + ": not an option of " + command + " (its options: " + String.join(", ", accepted) + ")");
            }
        }
        Options options = parse(args);
        if ((command.equals("diff") || command.equals("obligations"))
                && options.dates().size() > 1) {
            throw new UsageException("--date: " + command + " takes one date; give --date once");
        }
        return options;
    }

    /** Whether {@code command} is one of the commands that take options (check, diff, verify, coverage, lint). */
    static boolean isCommand(String command) {
        return ACCEPTED.containsKey(command);
    }

    private static boolean isOption(String a) {
        return ACCEPTED.values().stream().anyMatch(list -> list.contains(a));
    }

    static Options parse(List<String> args) {
        List<LocalDate> dates = new ArrayList<>();
        ReportFormat format = ReportFormat.JSON;
        Language language = Language.EN;
        Path rules = null;
        boolean explain = false;
        boolean withPending = false;
        boolean batch = false;
        int threads = 0;
        Path ontology = null;
        String jurisdiction = null;
        String jurisdictions = null;
        String area = null;
        String sparql = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--date" -> dates.add(date(value(args, ++i, a)));
                case "--format" -> {
                    String f = value(args, ++i, a);
                    format = ReportFormat.byName(f);
                    if (format == null)
                        throw new UsageException("--format: unknown format '" + f + "' (allowed: "
                                + String.join(", ", ReportFormat.names()) + ")");
                }
                case "--lang" -> {
                    String code = value(args, ++i, a);
                    language = Language.of(code)
                            .orElseThrow(() -> new UsageException("--lang: unsupported language '" + code
                                    + "' (allowed: " + String.join(", ", Language.codes()) + ")"));
                }
                case "--rules" -> rules = Path.of(value(args, ++i, a));
                case "--explain" -> explain = true;
                case "--with-pending" -> withPending = true;
                case "--batch" -> batch = true;
                case "--threads" -> threads = threads(value(args, ++i, a));
                case "--ontology" -> ontology = Path.of(value(args, ++i, a));
                case "--jurisdiction" -> jurisdiction = value(args, ++i, a);
                case "--jurisdictions" -> jurisdictions = value(args, ++i, a);
                case "--area" -> area = value(args, ++i, a);
                case "--sparql" -> sparql = value(args, ++i, a);
                default -> {
                    if (a.startsWith("--")) throw new UsageException("unknown option " + a + "\n" + USAGE);
                    rest.add(a);
                }
            }
        }
        return new Options(
                List.copyOf(dates),
                format,
                language,
                explain,
                rules,
                ontology,
                jurisdiction,
                jurisdictions,
                area,
                rest,
                withPending,
                batch,
                threads,
                sparql);
    }

    private static int threads(String s) {
        try {
            int n = Integer.parseInt(s);
            if (n >= 1 && n <= 256) return n;
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new UsageException("--threads: expected a whole number from 1 to 256, got '" + s + "'");
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) throw new UsageException(option + ": a value is required");
        return args.get(i);
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new UsageException("--date: expected YYYY-MM-DD, got '" + s + "'");
        }
    }
}
