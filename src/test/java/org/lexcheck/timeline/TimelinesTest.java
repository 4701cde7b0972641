package org.lexcheck.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.knowledge.KnowledgeBase;
import org.lexcheck.knowledge.Language;
import org.lexcheck.knowledge.PersonPath;
import org.lexcheck.proposal.Measure;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.proposal.Targets;
import org.lexcheck.report.Report;
import org.lexcheck.report.TimelineRef;
import org.lexcheck.system.Checker;

class TimelinesTest {
    private static final Checker CHECKER = TestSupport.checker();
    private final KnowledgeBase kb = CHECKER.current().knowledge();
    private final Timelines timelines = new Timelines(kb.paths(), kb.groups());

    @Test
    void thePathsAndBoundsAreReadFromTheOntologyWithTheirStagesInOrder() {
        assertThat(kb.paths().paths()).extracting(PersonPath::person).contains("SUBSIDIARY_PROTECTION", "REFUGEE");
        PersonPath sp = path("SUBSIDIARY_PROTECTION");
        assertThat(sp.stages())
                .extracting(PersonPath.Stage::code)
                .containsExactly(
                        "ASYLUM_ACCESS", "ASYLUM_DECISION", "FR_WAITING", "FR_SUSPENDED", "FR_DECISION", "FR_ENTRY");
        assertThat(sp.stages().get(1).personAs()).isEqualTo("ASYLUM_APPLICANT");
        assertThat(sp.stages().get(2).personAs()).isEqualTo("SUBSIDIARY_PROTECTION");
        assertThat(kb.paths().boundsOn(sp))
                .extracting(b -> b.norm().iri())
                .containsExactly("https://w3id.org/lexcheck/norm/echr-8-total-separation");
        assertThat(kb.paths().boundsOn(path("REFUGEE"))).hasSize(2);
    }

    @Test
    void theStagesAreSummedInOrderAndTheLongerOfTwoAlternativesCounts() {
        var filled = timelines.fill(
                path("SUBSIDIARY_PROTECTION"),
                List.of(
                        measure("m1", "FR_DECISION_TIME_LIMIT", "BENEFICIARY_OF_INTERNATIONAL_PROTECTION", 9),
                        measure("m2", "AP_DECISION_TIME_LIMIT", "ASYLUM_APPLICANT", 6),
                        measure("m3", "AP_POSTPONE_DECISIONS", "ASYLUM_APPLICANT", 21),
                        measure("m4", "FR_WAITING_PERIOD", "SUBSIDIARY_PROTECTION", 24)));
        assertThat(filled.stages()).extracting(s -> s.measure().id()).containsExactly("m3", "m4", "m1");
        assertThat(filled.stages().get(0).shorter()).containsExactly("m2");
        assertThat(filled.total()).isEqualByComparingTo("54");
        assertThat(filled.nationality()).isNull();
    }

    @Test
    void aMeasureCountsOnlyWhereItReachesThePersonInThatStage() {
        Measure waiting = new Measure(
                "m1",
                "FR_WAITING_PERIOD",
                List.of("BENEFICIARY_OF_INTERNATIONAL_PROTECTION"),
                Map.of("months", new BigDecimal("24")),
                List.of(),
                List.of("REFUGEE"),
                null);
        Measure ordinary = measure("m2", "FR_WAITING_PERIOD", "SUBSIDIARY_PROTECTION", 12);
        // An asylum decision time aimed at persons with protection does not reach them while they apply.
        Measure misplaced = measure("m3", "AP_DECISION_TIME_LIMIT", "REFUGEE", 6);
        assertThat(timelines.fill(path("REFUGEE"), List.of(waiting, misplaced)).stages())
                .isEmpty();
        var sp = timelines.fill(path("SUBSIDIARY_PROTECTION"), List.of(waiting, ordinary));
        assertThat(sp.stages()).singleElement().satisfies(s -> {
            assertThat(s.measure().id()).isEqualTo("m1");
            assertThat(s.shorter()).containsExactly("m2");
        });
        assertThat(timelines.reaches(waiting, "SUBSIDIARY_PROTECTION")).isTrue();
        assertThat(timelines.reaches(waiting, "REFUGEE")).isFalse();
    }

    @Test
    void measuresAimedAtNationalitiesAddUpForTheWorstPlacedPerson() {
        Measure syria = new Measure(
                "m1",
                "AP_POSTPONE_DECISIONS",
                List.of("ASYLUM_APPLICANT"),
                Map.of("months", new BigDecimal("15")),
                List.of(),
                List.of(),
                null,
                new Targets(List.of("SY"), null));
        Measure eritrea = new Measure(
                "m2",
                "FR_WAITING_PERIOD",
                List.of("SUBSIDIARY_PROTECTION"),
                Map.of("months", new BigDecimal("12")),
                List.of(),
                List.of(),
                null,
                new Targets(List.of("ER"), null));
        Measure everyone = measure("m3", "FR_DECISION_TIME_LIMIT", "SUBSIDIARY_PROTECTION", 9);
        var filled = timelines.fill(path("SUBSIDIARY_PROTECTION"), List.of(syria, eritrea, everyone));
        // No one is both Syrian and Eritrean: 15 + 9 for a Syrian beats 12 + 9 for an Eritrean.
        assertThat(filled.total()).isEqualByComparingTo("24");
        assertThat(filled.nationality()).isEqualTo("SY");
        assertThat(filled.stages()).extracting(s -> s.measure().id()).containsExactly("m1", "m3");
    }

    @Test
    void aTotalAtTheBoundIsWithinAndOneMonthMoreIsARiskThatCountsInTheSummary() {
        Report at = check(24);
        Report beyond = check(25);
        TimelineRef sp = timeline(at, "SUBSIDIARY_PROTECTION");
        assertThat(sp.totalMonths().doubleValue()).isEqualTo(24);
        assertThat(sp.bounds())
                .singleElement()
                .satisfies(b -> assertThat(b.outcome()).isEqualTo("WITHIN"));
        assertThat(at.summary().risks()).isZero();
        TimelineRef over = timeline(beyond, "SUBSIDIARY_PROTECTION");
        assertThat(over.bounds()).singleElement().satisfies(b -> {
            assertThat(b.outcome()).isEqualTo("RISK");
            assertThat(b.finding()).isEqualTo("m2");
        });
        assertThat(beyond.summary().risks()).isEqualTo(1);
        assertThat(beyond.findings())
                .filteredOn(f -> f.norm().endsWith("echr-8-total-separation"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(FindingKind.RISK);
                    assertThat(f.measure()).isEqualTo("m2");
                    assertThat(f.limit().proposed()).isEqualTo(25L);
                    assertThat(f.rule()).isEqualTo("Cumulative timeline exceeded");
                });
    }

    private Report check(int waiting) {
        String proposal = """
                {"id": "t", "title": "t", "jurisdiction": "NL", "entryIntoForce": "2027-01-01", "measures": [
                  {"id": "m1", "type": "AP_DECISION_TIME_LIMIT", "targetGroups": ["ASYLUM_APPLICANT"],
                   "parameters": {"months": 6}, "safeguards": ["JUDICIAL_REVIEW"]},
                  {"id": "m2", "type": "FR_WAITING_PERIOD", "targetGroups": ["SUBSIDIARY_PROTECTION"],
                   "parameters": {"months": %d}, "safeguards": ["BEST_INTERESTS_OF_THE_CHILD"]}]}
                """.formatted(waiting - 6);
        return CHECKER.check(
                proposal.getBytes(StandardCharsets.UTF_8), ProposalFormat.JSON, LocalDate.of(2027, 1, 1), Language.EN);
    }

    private static TimelineRef timeline(Report r, String person) {
        return r.timelines().stream()
                .filter(t -> t.person().equals(person))
                .findFirst()
                .orElseThrow();
    }

    private PersonPath path(String person) {
        return kb.paths().paths().stream()
                .filter(p -> p.person().equals(person))
                .findFirst()
                .orElseThrow();
    }

    private static Measure measure(String id, String type, String group, int months) {
        return new Measure(
                id, type, List.of(group), Map.of("months", new BigDecimal(months)), List.of(), List.of(), null);
    }
}
