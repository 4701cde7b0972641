package org.lexcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.lexcheck.assessment.AssessedFinding;
import org.lexcheck.assessment.Assessment;
import org.lexcheck.assessment.NarrowerGroup;
import org.lexcheck.assessment.NotAssessed;
import org.lexcheck.assessment.Reason;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.proposal.Measure;
import org.lexcheck.proposal.Proposal;

/** The assessment the engine hands to the report: one finding per measure and obligation, time and place settled. */
class AssessmentTest {
    private static final LocalDate DATE = LocalDate.of(2027, 1, 1);
    private static final String BEST_INTERESTS =
            "https://w3id.org/lexcheck/obligation/best-interests-of-the-child-in-family-reunification";
    private final ConformityEngine engine = TestSupport.checker().current().engine();

    @Test
    void theBestInterestsOfTheChildAreOneFindingCitingTheCrcTheFrdAndTheCharter() {
        Assessment a = engine.check(
                proposal(measure("m1", "FR_INCOME_REQUIREMENT", List.of("THIRD_COUNTRY_NATIONAL"), Map.of())), DATE);
        List<AssessedFinding> bestInterests = a.measure("m1").findings().stream()
                .filter(f -> f.key().obligation().equals(BEST_INTERESTS))
                .toList();
        assertThat(bestInterests).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.RISK);
            assertThat(f.norms())
                    .extracting(n -> n.iri().substring(n.iri().lastIndexOf('/') + 1))
                    .containsExactlyInAnyOrder("crc-3-10-family-reunification", "frd-5-5-best-interests");
            assertThat(f.citations())
                    .extracting(p -> p.instrumentCode() + " " + p.article())
                    .contains("CRC 3", "CRC 10", "FRD 5", "CFR 24");
        });
    }

    @Test
    void inDenmarkTheSameObligationRestsOnTheCrcAlone() {
        Assessment a = engine.check(
                new Proposal(
                        "p",
                        "t",
                        "DK",
                        DATE,
                        List.of(measure("m1", "FR_INCOME_REQUIREMENT", List.of("THIRD_COUNTRY_NATIONAL"), Map.of()))),
                DATE);
        assertThat(a.measure("m1").findings())
                .filteredOn(f -> f.key().obligation().equals(BEST_INTERESTS))
                .singleElement()
                .satisfies(f -> assertThat(f.citations())
                        .extracting(p -> p.instrumentCode())
                        .containsOnly("CRC"));
    }

    @Test
    void aSuspensionOnTopOfAWaitingPeriodIsHeldAgainstTheTwoYearsTogether() {
        Assessment a = engine.check(
                proposal(
                        measure(
                                "wait",
                                "FR_WAITING_PERIOD",
                                List.of("SUBSIDIARY_PROTECTION"),
                                Map.of("months", new BigDecimal(18))),
                        measure(
                                "pause",
                                "FR_SUSPENSION",
                                List.of("SUBSIDIARY_PROTECTION"),
                                Map.of("months", new BigDecimal(12)))),
                DATE);
        AssessedFinding f = a.measure("pause").findings().get(0);
        assertThat(f.kind()).isEqualTo(FindingKind.CONFLICT);
        assertThat(f.decisive()).anySatisfy(g -> {
            assertThat(g.reason()).isEqualTo(Reason.CUMULATIVE_CEILING_EXCEEDED);
            assertThat(g.limit().proposed()).isEqualTo(30L);
            assertThat(g.limit().addedMeasures()).containsExactly("wait");
        });
    }

    @Test
    void aNormForRefugeesReachesAThirdCountryNationalMeasureAndSaysThroughWhichGroup() {
        Assessment a = engine.check(
                proposal(measure(
                        "m1",
                        "FR_WAITING_PERIOD",
                        List.of("THIRD_COUNTRY_NATIONAL"),
                        Map.of("months", new BigDecimal(12)))),
                DATE);
        assertThat(a.measure("m1").findings())
                .filteredOn(f -> f.kind() == FindingKind.CONFLICT)
                .singleElement()
                .satisfies(f -> assertThat(f.narrowerGroups())
                        .containsExactly(new NarrowerGroup("REFUGEE", "THIRD_COUNTRY_NATIONAL")));
    }

    @Test
    void judgmentsGivenAfterTheReferenceDateAreNotCited() {
        Measure m = measure(
                "m1", "FR_WAITING_PERIOD", List.of("SUBSIDIARY_PROTECTION"), Map.of("months", new BigDecimal(36)));
        Assessment before = engine.check(proposal(m), LocalDate.of(2021, 7, 8));
        Assessment after = engine.check(proposal(m), LocalDate.of(2021, 7, 9));
        assertThat(before.findings())
                .noneMatch(f -> f.caseLaw().stream().anyMatch(c -> "6697/18".equals(c.caseNumber())));
        assertThat(after.findings())
                .anyMatch(f -> f.caseLaw().stream().anyMatch(c -> "6697/18".equals(c.caseNumber())));
    }

    @Test
    void aMeasureWithoutFindingsSaysWhetherLexcheckHasNoRuleOrNoBindingLawRegulatesItHere() {
        Measure wait = measure(
                "m1", "FR_WAITING_PERIOD", List.of("THIRD_COUNTRY_NATIONAL"), Map.of("months", new BigDecimal(24)));
        Assessment taiwan = engine.check(new Proposal("p", "t", "TW", DATE, List.of(wait)), DATE);
        assertThat(taiwan.measure("m1").findings()).isEmpty();
        assertThat(taiwan.measure("m1").notAssessed()).satisfies(n -> {
            assertThat(n.reason()).isEqualTo(NotAssessed.Reason.NOT_BINDING_HERE);
            assertThat(n.instruments()).extracting(s -> s.instrument().code()).contains("FRD", "ECHR", "CRC");
        });
        Assessment unknown = engine.check(proposal(measure("m1", "XX_NEW", List.of("REFUGEE"), Map.of())), DATE);
        assertThat(unknown.measure("m1").notAssessed().reason()).isEqualTo(NotAssessed.Reason.UNKNOWN_MEASURE_TYPE);
        Assessment netherlands = engine.check(proposal(wait), DATE);
        assertThat(netherlands.measure("m1").notAssessed()).isNull();
    }

    private static Proposal proposal(Measure... measures) {
        return new Proposal("p", "t", "NL", DATE, List.of(measures));
    }

    private static Measure measure(String id, String type, List<String> groups, Map<String, Object> parameters) {
        return new Measure(id, type, groups, parameters, List.of(), List.of(), null);
    }
}
