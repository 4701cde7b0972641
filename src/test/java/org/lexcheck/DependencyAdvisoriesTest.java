package org.lexcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The dependency scan that works offline (issue 14, item 7; docs/security.md, "Dependencies"): the
 * versions the jar ships (compile and runtime scope), as the build lists them before the tests
 * ({@code target/dependencies.txt}, maven-dependency-plugin; also offline, where the CycloneDX bill
 * of materials is not made), against the triaged advisories in {@code .ci/advisories.tsv}. A shipped
 * version in the affected range of an advisory nobody has triaged fails the build, and so does a
 * triage that no longer holds (a row marked fixed or outside-range whose range now takes the
 * shipped version in).
 */
class DependencyAdvisoriesTest {
    private static final Path SHIPPED = Path.of("target/dependencies.txt");
    private static final Path ADVISORIES = Path.of(".ci/advisories.tsv");
    private static final Set<String> DECISIONS = Set.of("fixed", "outside-range", "not-applicable", "accepted");
    private static final Pattern ID = Pattern.compile("(CVE-\\d{4}-\\d{4,}|GHSA(-[23456789cfghjmpqrvwx]{4}){3})");

    @Test
    void noShippedVersionIsAffectedByAnAdvisoryThatIsNotTriaged() throws IOException {
        assertThat(SHIPPED)
                .as("the list of shipped dependencies; maven-dependency-plugin writes it at generate-resources")
                .isRegularFile();
        Map<String, String> shipped = shipped(Files.readAllLines(SHIPPED, StandardCharsets.UTF_8));
        assertThat(shipped).as("dependencies in " + SHIPPED).containsKey("org.springframework:spring-core");

        List<String> problems = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        for (Advisory a : advisories()) {
            String version = shipped.get(a.artifact());
            if (version == null) {
                problems.add(a + ": the jar does not ship " + a.artifact() + " (correct or remove the row)");
                continue;
            }
            boolean affected = affected(version, a.affected());
            switch (a.decision()) {
                case "fixed", "outside-range" -> {
                    if (affected)
                        problems.add(a + ": " + a.artifact() + " " + version + " is affected (" + a.affected()
                                + ") although the row says " + a.decision());
                }
                case "not-applicable", "accepted" -> {
                    if (affected) notices.add(a + ": " + a.artifact() + " " + version + ", " + a.decision());
                }
                default -> {
                    if (affected)
                        problems.add(a + ": " + a.artifact() + " " + version + " is affected (" + a.affected()
                                + ") and not triaged: upgrade, or decide and say why in .ci/advisories.tsv");
                }
            }
        }
        notices.forEach(n -> System.out.println("advisory triaged, shipped anyway: " + n));
        assertThat(problems).as("dependency advisories").isEmpty();
    }

    @Test
    void everyRowIsComplete() throws IOException {
        String text = Files.readString(ADVISORIES, StandardCharsets.UTF_8);
        assertThat(text).containsPattern("(?m)^# reviewed: \\d{4}-\\d{2}-\\d{2}");
        for (Advisory a : advisories()) {
            assertThat(a.artifact()).as(a.toString()).matches("[\\w.-]+:[\\w.-]+");
            assertThat(a.ids())
                    .as(a.toString())
                    .isNotEmpty()
                    .allMatch(id -> ID.matcher(id).matches());
            assertThat(a.seen()).as(a.toString()).isNotEmpty().allMatch(u -> u.startsWith("https://"));
            assertThat(a.decision()).as(a.toString()).isIn(DECISIONS);
            assertThat(a.note()).as(a.toString()).isNotBlank();
            affected("0", a.affected()); // parses
        }
    }

    @Test
    void versionsCompareAsMavenReleasesDo() {
        assertThat(affected("11.0.22", "<11.0.23")).isTrue();
        assertThat(affected("11.0.27", "<11.0.23")).isFalse();
        assertThat(affected("2.21.4", "<2.21.5")).isTrue();
        assertThat(affected("2.21.10", "<2.21.5")).isFalse();
        assertThat(affected("6.1.0", "<=6.1.0")).isTrue();
        assertThat(affected("5.6.0", ">=5.0.0 <5.5.0")).isFalse();
        assertThat(affected("5.6.0", ">=6.0.0 || <=5.6.0")).isTrue();
        assertThat(affected("3.1.5.RELEASE", "=3.1.5")).isTrue();
        assertThat(affected("10.1.0.Final", "<10.1.0")).isFalse();
        assertThat(affected("2.0-RC1", "<2.0")).isTrue();
        assertThat(affected("anything", "*")).isTrue();
    }

    record Advisory(
            String artifact, String affected, List<String> ids, List<String> seen, String decision, String note) {
        @Override
        public String toString() {
            return String.join(" ", ids) + " (" + artifact + ")";
        }
    }

    private static List<Advisory> advisories() throws IOException {
        List<Advisory> rows = new ArrayList<>();
        for (String line : Files.readAllLines(ADVISORIES, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("artifact\t")) continue;
            String[] f = line.split("\t", -1);
            assertThat(f).as("six tab-separated columns: " + line).hasSize(6);
            rows.add(new Advisory(f[0].strip(), f[1].strip(), words(f[2]), words(f[3]), f[4].strip(), f[5].strip()));
        }
        assertThat(rows).as(ADVISORIES + " rows").isNotEmpty();
        return rows;
    }

    private static List<String> words(String s) {
        return Arrays.stream(s.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * group:artifact to version, from the lines of {@code dependency:list}:
     * {@code group:artifact:type[:classifier]:version:scope[ -- module name]}.
     */
    static Map<String, String> shipped(List<String> lines) {
        Map<String, String> versions = new LinkedHashMap<>();
        for (String line : lines) {
            String entry = line.strip();
            int module = entry.indexOf(" -- ");
            if (module >= 0) entry = entry.substring(0, module);
            String[] f = entry.split(":");
            if (f.length < 5 || entry.contains(" ")) continue;
            versions.putIfAbsent(f[0] + ":" + f[1], f[f.length - 2]);
        }
        return versions;
    }

    @Test
    void theListOfShippedDependenciesIsRead() {
        assertThat(shipped(List.of(
                        "The following files have been resolved:",
                        "   org.apache.tomcat.embed:tomcat-embed-core:jar:11.0.27:compile -- module org.apache.tomcat.embed.core",
                        "   org.example:natives:jar:linux-x86_64:1.2.3:runtime",
                        "")))
                .containsExactly(
                        Map.entry("org.apache.tomcat.embed:tomcat-embed-core", "11.0.27"),
                        Map.entry("org.example:natives", "1.2.3"));
    }

    /** Whether a version meets one of the alternatives ("||"), each a list of conditions that must all hold. */
    static boolean affected(String version, String range) {
        for (String alternative : range.split("\\|\\|")) {
            boolean all = true;
            for (String condition : words(alternative)) {
                if (condition.equals("*")) continue;
                int op = condition.startsWith("<=") || condition.startsWith(">=") ? 2 : 1;
                String operator = condition.substring(0, op);
                if (!Set.of("<", "<=", ">", ">=", "=").contains(operator))
                    throw new IllegalArgumentException("condition '" + condition + "' in '" + range + "'");
                int c = compare(version, condition.substring(op));
                boolean holds = switch (operator) {
                    case "<" -> c < 0;
                    case "<=" -> c <= 0;
                    case ">" -> c > 0;
                    case ">=" -> c >= 0;
                    default -> c == 0;
                };
                all &= holds;
            }
            if (all) return true;
        }
        return false;
    }

    /**
     * Maven's order for the versions that occur here: numbers compared as numbers, a release qualifier
     * (Final, RELEASE, GA) the same as none, any other qualifier (M1, RC1, alpha) before the release.
     */
    static int compare(String a, String b) {
        List<String> x = parts(a);
        List<String> y = parts(b);
        for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
            String p = i < x.size() ? x.get(i) : null;
            String q = i < y.size() ? y.get(i) : null;
            int c = comparePart(p, q);
            if (c != 0) return c;
        }
        return 0;
    }

    private static int comparePart(String p, String q) {
        // A missing part is 0 against a number and the release against a qualifier.
        boolean pn = p == null || p.chars().allMatch(Character::isDigit);
        boolean qn = q == null || q.chars().allMatch(Character::isDigit);
        if (pn && qn) return Long.compare(p == null ? 0 : Long.parseLong(p), q == null ? 0 : Long.parseLong(q));
        if (pn) return 1; // a release (or a number) comes after a qualifier
        if (qn) return -1;
        return p.compareToIgnoreCase(q);
    }

    private static List<String> parts(String version) {
        List<String> parts = new ArrayList<>();
        for (String p : version.split("[.\\-]")) {
            if (p.isEmpty() || p.equalsIgnoreCase("final") || p.equalsIgnoreCase("release") || p.equalsIgnoreCase("ga"))
                continue;
            parts.add(p);
        }
        return parts;
    }
}
