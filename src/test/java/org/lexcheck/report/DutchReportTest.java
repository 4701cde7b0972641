package org.lexcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.lexcheck.knowledge.Language;
import org.lexcheck.knowledge.ParameterSpec;
import org.lexcheck.referencecase.ReferenceCase;
import org.lexcheck.referencecase.ReferenceCaseLoader;
import org.lexcheck.system.Checker;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders every reference case in Dutch (text, HTML, and the human-text fields of the JSON/XML
 * report, with derivations) and fails on English fragments from a word list. Codes (REFUGEE,
 * CONFLICT), parameter names (months), IRIs, ECLIs and case numbers are masked first: they are
 * the contract's identifiers, not prose. The proposal's own title is the user's text and is
 * masked too.
 */
class DutchReportTest {
    /** English words and phrases that have no place in Dutch prose; each padded so that Dutch words do not match. */
    static final List<String> ENGLISH = List.of(
            " the ",
            " and ",
            " to ",
            " are ",
            " must ",
            " shall ",
            " may ",
            " with ",
            " for ",
            " by ",
            " from ",
            " not ",
            " or ",
            " an ",
            " which ",
            " where ",
            " when ",
            " only ",
            " within ",
            " without ",
            " under ",
            " after ",
            "at most",
            "at least",
            "below ",
            "above ",
            " months",
            " weeks",
            " years",
            " days",
            "working days",
            "conflict with",
            "Remedy",
            "Rule:",
            "Rule \"",
            "Effective limits",
            "Options not used",
            "Instruments checked",
            "Not applied",
            "Verdict",
            "Conformity report",
            "Derivation",
            "Re-checked",
            "requires",
            "everyone",
            "nobody",
            "proposed",
            "headroom",
            "excluded",
            "set by",
            " Art ",
            "Article",
            "Directive",
            "Regulation",
            "Convention",
            "Charter",
            " v. ",
            " v ",
            "and Others",
            "Grand Chamber",
            "safeguard",
            "measure ",
            "bound ",
            "applies",
            "in force",
            "Permission used",
            "Ceiling exceeded",
            "Required ");

    private static final Pattern IRI = Pattern.compile("https?://\\S+|urn:\\S+");
    private static final Pattern ECLI = Pattern.compile("ECLI:[A-Z]{2}:[A-Z0-9]+:\\d{4}:[0-9A-Z.]+");
    private static final Pattern CASE_NUMBER = Pattern.compile("\\b(?:C-\\d+/\\d+(?: PPU)?|\\d{3,6}/\\d{2})\\b");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)+\\b|\\b[A-Z]{2,}[0-9]*\\b");
    private static final Pattern PARAMETERS = Pattern.compile("\\{[^}]*}");
    /** A camelCase parameter name (connectionRequired, preDeparture): an identifier of the contract. */
    private static final Pattern CAMEL_CASE = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\b");
    /** A national judgment under its neutral citation, e.g. R (AAA) v SSHD [2023] UKSC 42: a name, kept as the court gives it. */
    private static final Pattern NEUTRAL_CITATION =
            Pattern.compile("\\S+(?: \\([^)]*\\))? v \\S+ \\[\\d{4}] [A-Z]+ \\d+");

    @Test
    void everyReferenceCaseInDutchHasNoEnglishFragment() throws Exception {
        Checker checker = TestSupport.checker();
        Set<String> parameters = new TreeSet<>();
        checker.current()
                .knowledge()
                .vocabulary()
                .measureTypes()
                .values()
                .forEach(specs ->
                        specs.values().stream().map(ParameterSpec::name).forEach(parameters::add));
        List<String> hits = new ArrayList<>();
        var files = ReferenceCaseLoader.files(Path.of("test-cases"));
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            ReferenceCase c = ReferenceCaseLoader.load(file);
            Report r = checker.check(checker.current().validator().validate(c.proposal()), c.date(), Language.NL, true);
            String title = r.proposal().title();
            scan(file + " (text)", ReportWriter.write(r, ReportFormat.TEXT), title, parameters, hits);
            scan(
                    file + " (html)",
                    HtmlUtils.htmlUnescape(
                            ReportWriter.write(r, ReportFormat.HTML).replaceAll("<[^>]+>", " | ")),
                    title,
                    parameters,
                    hits);
            for (String field : humanText(r)) scan(file + " (json/xml)", field, title, parameters, hits);
        }
        assertThat(hits).as("English in Dutch reports").isEmpty();
    }

    /** The fields of the JSON and XML report that are prose for a reader, not identifiers. */
    static List<String> humanText(Report r) {
        List<String> texts = new ArrayList<>();
        r.measures().stream().map(Report.MeasureVerdict::note).forEach(texts::add);
        for (ReportFinding f : r.findings()) {
            texts.add(f.title());
            texts.add(f.explanation());
            texts.add(f.remedy());
            f.citations().forEach(c -> texts.add(c.instrumentLabel()));
            f.caseLaw().forEach(c -> texts.add(c.name()));
            if (f.remedies() != null) f.remedies().forEach(m -> texts.add(m.description()));
            if (f.derivation() != null) texts.addAll(f.derivation());
        }
        if (r.effectiveLimits() != null) {
            r.effectiveLimits().forEach(l -> {
                texts.add(l.setBy().title());
                texts.addAll(l.conditions());
            });
        }
        if (r.options() != null) {
            r.options().forEach(o -> {
                texts.add(o.title());
                texts.add(o.description());
                texts.add(o.bounds());
                texts.addAll(o.forWhom());
            });
        }
        Stream.concat(r.instrumentsChecked().stream(), r.instrumentsNotApplied().stream())
                .forEach(i -> {
                    texts.add(i.label());
                    texts.add(i.title());
                });
        return texts.stream().filter(t -> t != null).toList();
    }

    private static void scan(String where, String text, String title, Set<String> parameters, List<String> hits) {
        String prose = " " + mask(text.replaceAll("\\s+", " "), title, parameters) + " ";
        for (String english : ENGLISH) {
            int at = prose.indexOf(english);
            if (at >= 0) {
                hits.add(where + ": \"" + english.strip() + "\" in ..."
                        + prose.substring(Math.max(0, at - 60), Math.min(prose.length(), at + 60))
                                .strip() + "...");
            }
        }
    }

    static String mask(String text, String title, Set<String> parameters) {
        String s = title == null || title.isEmpty() ? text : text.replace(title, " ");
        for (Pattern p : List.of(IRI, ECLI, NEUTRAL_CITATION, CASE_NUMBER, PARAMETERS, CAMEL_CASE, CODE))
            s = p.matcher(s).replaceAll(" ");
        // A parameter name where it names the parameter ("months: ...", "stelt months op", an HTML table cell), not a
        // unit word that looks the same.
        String names = String.join("|", parameters.stream().map(Pattern::quote).toList());
        s = Pattern.compile("(?<=\\b(?:stelt|zet|Zet|vermeldt|komt|als|m\\d{1,3}) )(?:" + names + ")\\b|\\b(?:" + names
                        + ")(?=[:=])" + "|(?<=\\| )(?:" + names + ")(?= \\|)")
                .matcher(s)
                .replaceAll(" ");
        return s;
    }

    @Test
    void everyEnglishMessageHasADutchOneAndEveryRuleADutchName() throws Exception {
        java.util.Properties en = properties("en");
        java.util.Properties nl = properties("nl");
        assertThat(nl.stringPropertyNames()).containsAll(en.stringPropertyNames());
        assertThat(nl.stringPropertyNames().stream().filter(k -> !en.containsKey(k)))
                .allMatch(k -> k.startsWith("rule.") || k.startsWith("citation.point.") || k.equals("number.pattern"));
        Messages m = new Messages(Language.NL);
        assertThat(TestSupport.checker().current().rules().rules().stream()
                        .map(r -> r.name())
                        .filter(name -> m.has("rule." + name.replace(' ', '_')) == null))
                .as("rules without a Dutch name")
                .isEmpty();
    }

    @Test
    void dutchCountsAreSingularOrPluralWithoutSlashes() {
        Messages m = new Messages(Language.NL);
        assertThat(m.get("text.summary", "risico", 2, 5, 3))
                .isEqualTo("Oordeel risico: 2 strijdigheden, 5 risico's, 3 maatregelen");
        assertThat(m.get("text.summary", "verenigbaar", 0, 0, 1))
                .isEqualTo("Oordeel verenigbaar: geen strijdigheden, geen risico's, 1 maatregel");
        assertThat(m.get("text.summary", "strijdig", 1, 1, 2))
                .isEqualTo("Oordeel strijdig: 1 strijdigheid, 1 risico, 2 maatregelen");
    }

    @Test
    void citationsFollowDutchPracticeAndEnglishStaysAsItWas() {
        Messages nl = new Messages(Language.NL);
        Messages en = new Messages(Language.EN);
        var refugee = new ReportFinding.Citation("RC1951", "Vluchtelingenverdrag", "1", "C", "5", "iri");
        var dublin = new ReportFinding.Citation("DUBLIN3", "Dublinverordening", "3", "2", "second subparagraph", "iri");
        var apd = new ReportFinding.Citation("APD", "Procedurerichtlijn", "12", "1", "c", "iri");
        assertThat(List.of(
                        Citations.text(refugee, nl, true),
                        Citations.text(dublin, nl, true),
                        Citations.text(apd, nl, true),
                        Citations.text(apd, nl, false)))
                .containsExactly(
                        "art. 1C onder 5 Vluchtelingenverdrag",
                        "art. 3 lid 2, tweede alinea, Dublinverordening",
                        "art. 12 lid 1 onder c Procedurerichtlijn",
                        "art. 12 lid 1 Procedurerichtlijn");
        var english = new ReportFinding.Citation("APD", "APD", "12", "1", "c", "iri");
        assertThat(List.of(Citations.text(english, en, true), Citations.text(english, en, false)))
                .containsExactly("APD Art 12(1)(c)", "APD Art 12(1)");
    }

    @Test
    void dutchNumbersUseTheDecimalCommaAndDropATrailingZero() {
        Messages nl = new Messages(Language.NL);
        assertThat(List.of(nl.number(24.0), nl.number(2.5), nl.number(1000), nl.number(-12)))
                .containsExactly("24", "2,5", "1.000", "-12");
        assertThat(new Messages(Language.EN).number(24.0))
                .as("English reports unchanged")
                .isEqualTo("24.0");
    }

    @Test
    void derivationsReadWithoutDoubleArticlesOrDoubleNegatives() {
        for (Language language : Language.values()) {
            Messages m = new Messages(language);
            String noExclusions = m.get(
                    "derivation.norm",
                    "N",
                    "iri",
                    "ECHR Art 8",
                    "NL",
                    "2027-01-01",
                    m.get("modality.OBLIGATION"),
                    m.get("derivation.everyone"),
                    "");
            assertThat(noExclusions).doesNotContain("a an ", "een een ", "not to", "niet op ,", "nobody", "niemand");
            assertThat(m.get(
                            "derivation.normExcluding",
                            "N",
                            "iri",
                            "ECHR Art 8",
                            "NL",
                            "2027-01-01",
                            m.get("modality.ABSOLUTE_PROHIBITION"),
                            "REFUGEE",
                            "ASYLUM_APPLICANT"))
                    .doesNotContain("a an ", "een een ")
                    .contains("ASYLUM_APPLICANT");
        }
    }

    private static java.util.Properties properties(String language) throws java.io.IOException {
        java.util.Properties p = new java.util.Properties();
        try (var in = DutchReportTest.class.getResourceAsStream("/lexcheck/messages_" + language + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void theWordListCatchesEnglishAndSparesCodes() {
        Set<String> parameters = Set.of("months");
        String english = " "
                + mask(
                        "months: at most 24 months (THIRD_COUNTRY_NATIONAL, not REFUGEE); Rule: Ceiling exceeded",
                        null,
                        parameters)
                + " ";
        assertThat(ENGLISH.stream().filter(english::contains))
                .contains("at most", " months", " not ", "Rule:", "Ceiling exceeded");
        String dutch = " "
                + mask(
                        "months: ten hoogste 24 maanden (THIRD_COUNTRY_NATIONAL, niet REFUGEE); art. 8 EVRM, M.A. t. Denemarken, "
                                + "6697/18, ECLI:CE:ECHR:2021:0709JUD000669718 https://w3id.org/lexcheck/norm/x of iets",
                        null,
                        parameters)
                + " ";
        assertThat(ENGLISH.stream().filter(dutch::contains)).isEmpty();
    }
}
