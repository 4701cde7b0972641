package org.lexcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.lexcheck.Fixture;
import org.lexcheck.assessment.Ground;
import org.lexcheck.assessment.Reason;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.knowledge.Language;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.report.Verdict;
import org.lexcheck.system.Checker;

/**
 * Each rule of rules/generic.drl over the fixture ontology (made-up law, one norm per kind of
 * check): a measure that fires it, with the finding kind and reason it must give, and near
 * misses where it must not fire. Runs through the public flow (parse, check, report), so it
 * holds whatever shape limits and conditions take inside the engine.
 */
class GenericRulesTest {
    private static final String NORM = "https://example.org/fixture/norm/";
    private static final LocalDate DATE = LocalDate.of(2027, 1, 1);
    private static final Checker CHECKER = Fixture.checker();

    /** One measure, the rule it must fire on the norm, and what the finding must say. */
    record Case(String rule, String measure, String norm, FindingKind kind, Reason reason, Verdict verdict) {}

    static final List<Case> CASES = List.of(
            new Case(
                    "Ceiling exceeded",
                    measure("LICENCE_WAIT", "RESIDENT", "\"months\": 18", ""),
                    "wait-ceiling",
                    FindingKind.CONFLICT,
                    Reason.CEILING_EXCEEDED,
                    Verdict.CONFLICT),
            new Case(
                    "Numeric limit met",
                    measure("LICENCE_WAIT", "WORKER", "\"months\": 12", ""),
                    "wait-ceiling",
                    FindingKind.COMPLIANT,
                    Reason.LIMIT_MET,
                    Verdict.COMPATIBLE),
            new Case(
                    "Limited parameter not stated",
                    measure("LICENCE_WAIT", "RESIDENT", "", ""),
                    "wait-ceiling",
                    FindingKind.RISK,
                    Reason.PARAMETER_NOT_STATED,
                    Verdict.RISK),
            new Case(
                    "Floor not met",
                    measure("LICENCE_VALIDITY", "RESIDENT", "\"years\": 1", ""),
                    "validity-floor",
                    FindingKind.CONFLICT,
                    Reason.FLOOR_NOT_MET,
                    Verdict.CONFLICT),
            new Case(
                    "Required value not met",
                    measure("LICENCE_APPEAL", "RESIDENT", "\"appealAllowed\": false", ""),
                    "appeal-required",
                    FindingKind.CONFLICT,
                    Reason.VALUE_NOT_ALLOWED,
                    Verdict.CONFLICT),
            new Case(
                    "Required value met",
                    measure("LICENCE_APPEAL", "RESIDENT", "\"appealAllowed\": true", ""),
                    "appeal-required",
                    FindingKind.COMPLIANT,
                    Reason.LIMIT_MET,
                    Verdict.COMPATIBLE),
            new Case(
                    "Required safeguard missing",
                    measure("LICENCE_INTERVIEW", "RESIDENT", "", ""),
                    "interview-hearing",
                    FindingKind.RISK,
                    Reason.SAFEGUARD_MISSING,
                    Verdict.RISK),
            new Case(
                    "Required safeguard present",
                    measure("LICENCE_INTERVIEW", "RESIDENT", "", "HEARING"),
                    "interview-hearing",
                    FindingKind.COMPLIANT,
                    Reason.SAFEGUARD_PRESENT,
                    Verdict.COMPATIBLE),
            // The ban protects minors; a measure for all residents reaches them (MINOR lies below RESIDENT).
            new Case(
                    "Measure barred for the persons it reaches",
                    measure("LICENCE_BAN", "RESIDENT", "", ""),
                    "ban-barred",
                    FindingKind.CONFLICT,
                    Reason.MEASURE_BARRED,
                    Verdict.CONFLICT),
            new Case(
                    "Bar lifted by a safeguard",
                    measure("LICENCE_BAN", "MINOR", "", "REVIEW"),
                    "ban-barred",
                    FindingKind.COMPLIANT,
                    Reason.BAR_LIFTED,
                    Verdict.COMPATIBLE),
            new Case(
                    "Permission used",
                    measure("LICENCE_FEE_WAIVER", "STUDENT", "", ""),
                    "fee-waiver-permission",
                    FindingKind.ROOM_FOR_MANOEUVRE,
                    Reason.PERMISSION_USED,
                    Verdict.COMPATIBLE),
            new Case(
                    "Code outside the allowed list",
                    measure("LICENCE_REFUSAL_GROUND", "RESIDENT", "\"ground\": \"AGE\"", ""),
                    "refusal-grounds",
                    FindingKind.CONFLICT,
                    Reason.VALUE_NOT_ALLOWED,
                    Verdict.CONFLICT),
            new Case(
                    "Code from the allowed list",
                    measure("LICENCE_REFUSAL_GROUND", "RESIDENT", "\"ground\": \"FRAUD\"", ""),
                    "refusal-grounds",
                    FindingKind.COMPLIANT,
                    Reason.LIMIT_MET,
                    Verdict.COMPATIBLE),
            new Case(
                    "Comparator not stated",
                    measure("LICENCE_CHARGE", "RESIDENT", "\"eur\": 100", ""),
                    "charge-relative",
                    FindingKind.RISK,
                    Reason.COMPARATOR_NOT_STATED,
                    Verdict.RISK),
            // Within twice the reference amount, but above the EUR 150 from which it must be justified.
            new Case(
                    "Amount to be justified",
                    measure("LICENCE_CHARGE", "RESIDENT", "\"eur\": 180, \"referenceEur\": 100", ""),
                    "charge-relative",
                    FindingKind.RISK,
                    Reason.AMOUNT_TO_BE_JUSTIFIED,
                    Verdict.RISK),
            // Six months of pause within twelve, but on top of the eighteen months of waiting of m2.
            new Case(
                    "Cumulative ceiling exceeded",
                    measure("LICENCE_PAUSE", "RESIDENT", "\"months\": 6, \"contested\": false", "")
                            + ", {\"id\": \"m2\", \"type\": \"LICENCE_WAIT\", \"targetGroups\": [\"RESIDENT\"], \"parameters\": {\"months\": 18}}",
                    "pause-with-wait",
                    FindingKind.CONFLICT,
                    Reason.CUMULATIVE_CEILING_EXCEEDED,
                    Verdict.CONFLICT));

    @TestFactory
    Stream<DynamicTest> eachGenericRuleGivesItsKindAndReason() {
        return CASES.stream()
                .map(c -> DynamicTest.dynamicTest(c.rule(), () -> {
                    var traced = CHECKER.checkTraced(
                            CHECKER.parse(proposal("NL", c.measure()), ProposalFormat.JSON), DATE, Language.EN);
                    List<Ground> fired = traced.assessment().measure("m1").findings().stream()
                            .flatMap(f -> f.grounds().stream())
                            .filter(g -> g.rule().equals(c.rule()))
                            .toList();
                    assertThat(fired)
                            .as("findings of rule '%s'", c.rule())
                            .singleElement()
                            .satisfies(f -> {
                                assertThat(f.normIri()).isEqualTo(NORM + c.norm());
                                assertThat(f.kind()).isEqualTo(c.kind());
                                assertThat(f.reason()).isEqualTo(c.reason());
                            });
                    var report = traced.report();
                    assertThat(report.findings())
                            .filteredOn(f -> f.measure().equals("m1"))
                            .singleElement()
                            .satisfies(f -> {
                                assertThat(f.norm()).isEqualTo(NORM + c.norm());
                                assertThat(f.kind()).isEqualTo(c.kind());
                                assertThat(f.rule()).contains(c.rule());
                                assertThat(f.citations())
                                        .singleElement()
                                        .satisfies(cit ->
                                                assertThat(cit.instrument()).isEqualTo("TFEU"));
                            });
                    assertThat(report.measures())
                            .filteredOn(m -> m.id().equals("m1"))
                            .singleElement()
                            .satisfies(m -> assertThat(m.verdict()).isEqualTo(c.verdict()));
                }));
    }

    @Test
    void everyGenericRuleHasACaseHere() {
        Set<String> generic = CHECKER.current().rules().rules().stream()
                .map(RuleBase.RuleInfo::name)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> tested = CASES.stream().map(Case::rule).collect(Collectors.toCollection(TreeSet::new));
        assertThat(tested).isEqualTo(generic);
    }

    @Test
    void nearMissesFireNothing() {
        // A group beside the norm's (WORKER beside MINOR or STUDENT, all under RESIDENT) is not reached.
        assertThat(findings("NL", measure("LICENCE_BAN", "WORKER", "", ""))).isEmpty();
        assertThat(findings("NL", measure("LICENCE_FEE_WAIVER", "WORKER", "", "")))
                .isEmpty();
        // A measure for all residents that exempts minors no longer reaches the norm about minors.
        assertThat(findings(
                        "NL",
                        "{\"id\": \"m1\", \"type\": \"LICENCE_BAN\", \"targetGroups\": [\"RESIDENT\"], "
                                + "\"exemptions\": [\"MINOR\"]}"))
                .isEmpty();
        // The act binds only the Benelux states of the fixture: Denmark is not bound.
        assertThat(findings("DK", measure("LICENCE_WAIT", "RESIDENT", "\"months\": 18", "")))
                .isEmpty();
        // Before the act applies nothing is checked.
        var early = CHECKER.check(
                CHECKER.parse(
                        proposal("NL", measure("LICENCE_WAIT", "RESIDENT", "\"months\": 18", "")), ProposalFormat.JSON),
                LocalDate.of(1999, 12, 31),
                Language.EN);
        assertThat(early.findings()).isEmpty();
        assertThat(early.summary().verdict()).isEqualTo(Verdict.NOT_ASSESSED);
    }

    @Test
    void aConditionOnAnUnstatedParameterIsAssumedToHoldAndSaysSo() {
        String pause = measure("LICENCE_PAUSE", "RESIDENT", "\"months\": 6", "");
        var report = CHECKER.check(CHECKER.parse(proposal("NL", pause), ProposalFormat.JSON), DATE, Language.EN);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.CONFLICT);
            assertThat(f.assumptions())
                    .singleElement()
                    .asString()
                    .contains("contested")
                    .contains("true");
            assertThat(f.explanation()).contains("does not provide the safeguard HEARING");
        });
        // Stated and false, the condition fails: the hearing is not required and nothing is assumed.
        String uncontested = measure("LICENCE_PAUSE", "RESIDENT", "\"months\": 6, \"contested\": false", "");
        var met = CHECKER.check(CHECKER.parse(proposal("NL", uncontested), ProposalFormat.JSON), DATE, Language.EN);
        assertThat(met.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.COMPLIANT);
            assertThat(f.assumptions()).isNull();
        });
    }

    private static List<Ground> findings(String state, String measure) {
        return CHECKER
                .checkTraced(CHECKER.parse(proposal(state, measure), ProposalFormat.JSON), DATE, Language.EN)
                .assessment()
                .findings()
                .stream()
                .flatMap(f -> f.grounds().stream())
                .toList();
    }

    private static String measure(String type, String group, String parameters, String safeguard) {
        return "{\"id\": \"m1\", \"type\": \"" + type + "\", \"targetGroups\": [\"" + group + "\"], \"parameters\": {"
                + parameters + "}, \"safeguards\": [" + (safeguard.isEmpty() ? "" : "\"" + safeguard + "\"") + "]}";
    }

    private static byte[] proposal(String state, String measure) {
        return ("{\"id\": \"fixture\", \"jurisdiction\": \"" + state + "\", \"measures\": [" + measure + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
