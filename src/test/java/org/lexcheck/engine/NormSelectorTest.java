package org.lexcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.lexcheck.assessment.InstrumentStatus;
import org.lexcheck.knowledge.KnowledgeBase;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.proposal.Measure;

class NormSelectorTest {
    private final KnowledgeBase kb = TestSupport.checker().current().knowledge();
    private final NormSelector selector = new NormSelector(kb);

    @Test
    void anInstrumentAppliesFromItsDateAndOnlyToTheStatesItBinds() {
        var before = selector.instrumentStatuses("NL", LocalDate.of(2005, 10, 2));
        var after = selector.instrumentStatuses("NL", LocalDate.of(2005, 10, 3));
        assertThat(status(before, "FRD")).isEqualTo(InstrumentStatus.Status.NOT_YET_APPLICABLE);
        assertThat(status(after, "FRD")).isEqualTo(InstrumentStatus.Status.APPLIED);
        assertThat(status(selector.instrumentStatuses("DK", LocalDate.of(2027, 1, 1)), "FRD"))
                .isEqualTo(InstrumentStatus.Status.NOT_BINDING);
    }

    @Test
    void aTreatyNotYetInForceForAStateIsNotYetBindingWithTheDayItWillBind() {
        var before = selector.instrumentStatuses("BE", LocalDate.of(1999, 7, 24));
        var cat = before.stream()
                .filter(s -> s.instrument().code().equals("CAT"))
                .findFirst()
                .orElseThrow();
        assertThat(cat.status()).isEqualTo(InstrumentStatus.Status.NOT_YET_BINDING);
        assertThat(cat.bindingFrom()).isEqualTo(LocalDate.of(1999, 7, 25));
        assertThat(status(selector.instrumentStatuses("BE", LocalDate.of(1999, 7, 25)), "CAT"))
                .isEqualTo(InstrumentStatus.Status.APPLIED);
        assertThat(status(selector.instrumentStatuses("GB", LocalDate.of(2027, 1, 1)), "ECHR-P4"))
                .isEqualTo(InstrumentStatus.Status.NOT_BINDING);
    }

    @Test
    void normsOfANonBindingInstrumentAreNotInForce() {
        var applied = NormSelector.appliedInstruments(selector.instrumentStatuses("DK", LocalDate.of(2027, 1, 1)));
        List<Norm> dk = kb.norms().stream()
                .filter(n -> selector.isInForce(n, applied, LocalDate.of(2027, 1, 1)))
                .toList();
        assertThat(dk)
                .noneMatch(n ->
                        n.provisions().stream().anyMatch(p -> p.instrumentCode().equals("FRD")));
        assertThat(dk).anyMatch(n -> n.iri().endsWith("echr-8-fr-waiting-period"));
    }

    @Test
    void theLawInForceIsSelectedOnceAndAnswersAsTheSelectorDoes() {
        LocalDate date = LocalDate.of(2027, 1, 1);
        LawInForce nl = selector.lawInForce("NL", date);
        assertThat(selector.lawInForce("NL", date)).isSameAs(nl);
        assertThat(selector.lawInForce("DK", date)).isNotSameAs(nl);
        var applied = NormSelector.appliedInstruments(selector.instrumentStatuses("NL", date));
        assertThat(nl.applied()).isEqualTo(applied);
        assertThat(nl.inForce())
                .containsExactlyElementsOf(kb.norms().stream()
                        .filter(n -> selector.isInForce(n, applied, date))
                        .toList());
        // Reach depends on type, groups and exemptions: the remembered answer for one set is never given for another.
        for (List<String> exemptions : List.of(List.<String>of(), List.of("UNACCOMPANIED_MINOR"), List.<String>of())) {
            MeasureFact fact = measure("FR_WAITING_PERIOD", List.of("THIRD_COUNTRY_NATIONAL"), exemptions);
            assertThat(nl.reaching(fact))
                    .containsExactlyElementsOf(selector.regulating("FR_WAITING_PERIOD").stream()
                            .filter(n -> selector.isInForce(n, applied, date) && selector.reaches(n, fact))
                            .toList());
        }
    }

    @Test
    void scopeExclusionsExemptionsAndProtectedGroupsDecideReach() {
        Norm frd8 = kb.norm("https://w3id.org/lexcheck/norm/frd-8-waiting-period");
        Norm uam = kb.norm("https://w3id.org/lexcheck/norm/frd-10-3-a-uam-no-conditions");
        assertThat(selector.reaches(frd8, measure("FR_WAITING_PERIOD", List.of("THIRD_COUNTRY_NATIONAL"), List.of())))
                .isTrue();
        assertThat(selector.reaches(frd8, measure("FR_WAITING_PERIOD", List.of("SUBSIDIARY_PROTECTION"), List.of())))
                .isFalse();
        assertThat(selector.reaches(
                        frd8,
                        measure("FR_WAITING_PERIOD", List.of("BENEFICIARY_OF_INTERNATIONAL_PROTECTION"), List.of())))
                .isFalse();
        assertThat(selector.reaches(
                        frd8, measure("FR_INCOME_REQUIREMENT", List.of("THIRD_COUNTRY_NATIONAL"), List.of())))
                .isFalse();
        assertThat(selector.reaches(uam, measure("FR_INCOME_REQUIREMENT", List.of("REFUGEE"), List.of())))
                .isTrue();
        assertThat(selector.reaches(
                        uam, measure("FR_INCOME_REQUIREMENT", List.of("REFUGEE"), List.of("UNACCOMPANIED_MINOR"))))
                .isFalse();
        assertThat(selector.reaches(
                        uam,
                        measure(
                                "FR_INCOME_REQUIREMENT",
                                List.of("BENEFICIARY_OF_INTERNATIONAL_PROTECTION"),
                                List.of("REFUGEE"))))
                .isFalse();
    }

    private static MeasureFact measure(String type, List<String> groups, List<String> exemptions) {
        return MeasureFact.of(new Measure("m", type, groups, Map.of(), List.of(), exemptions, null));
    }

    private static InstrumentStatus.Status status(List<InstrumentStatus> statuses, String code) {
        return statuses.stream()
                .filter(s -> s.instrument().code().equals(code))
                .findFirst()
                .orElseThrow()
                .status();
    }
}
