package org.lexcheck.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexcheck.country.CountryFactsTest.rate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lexcheck.proposal.Measure;
import org.lexcheck.proposal.Proposal;
import org.lexcheck.proposal.Targets;

class CountryDerivationTest {
    private static final LocalDate DAY = LocalDate.parse("2027-01-01");
    private static final CountryFacts FACTS = new CountryFacts(List.of(
            rate("BD", 3, "2025", "2026-01-01"),
            rate("PK", 12, "2025", "2026-01-01"),
            new CountryFact(
                    "urn:rw",
                    "RW",
                    CountryFact.Kind.NOT_SAFE_FOR_TRANSFERS,
                    null,
                    null,
                    Map.of(),
                    null,
                    "a judgment",
                    LocalDate.parse("2023-11-15"),
                    null,
                    List.of("https://example.org/rw"),
                    "VERIFIED")));
    private static final Set<String> RATE_PARAMS =
            Set.of("ground", CountryDerivation.HIGHEST_RATE, CountryDerivation.RATE_KNOWN);

    private static Measure measure(Map<String, Object> params, Targets targets) {
        return new Measure("m1", "T", List.of("ASYLUM_APPLICANT"), params, List.of(), List.of(), null, targets);
    }

    private static CountryDerivation.Result derive(Measure m, Set<String> declared) {
        return CountryDerivation.derive(new Proposal("p", "", "NL", null, List.of(m)), DAY, FACTS, type -> declared);
    }

    @Test
    void theHighestKnownRateAndWhetherAllAreKnownAreDerived() {
        CountryDerivation.Result r =
                derive(measure(Map.of("ground", "X"), new Targets(List.of("BD", "PK"), null)), RATE_PARAMS);
        Map<String, Object> params = r.proposal().measures().get(0).parameters();
        assertThat(params.get(CountryDerivation.HIGHEST_RATE)).isEqualTo(BigDecimal.valueOf(12.0));
        assertThat(params.get(CountryDerivation.RATE_KNOWN)).isEqualTo(true);
        assertThat(r.derived()).hasSize(2).allMatch(d -> !d.stated());
        assertThat(r.derived().get(0).sources()).containsExactly("https://example.org/BD", "https://example.org/PK");
    }

    @Test
    void aNationalityWithoutARateIsNeverTakenAsKnown() {
        CountryDerivation.Result r = derive(measure(Map.of(), new Targets(List.of("BD", "SY"), null)), RATE_PARAMS);
        Map<String, Object> params = r.proposal().measures().get(0).parameters();
        assertThat(params.get(CountryDerivation.RATE_KNOWN)).isEqualTo(false);
        assertThat(params.get(CountryDerivation.HIGHEST_RATE)).isEqualTo(BigDecimal.valueOf(3.0));
        assertThat(r.derived().get(0).missing()).containsExactly("SY");
    }

    @Test
    void aStatedValueWinsAndTheFactsAreRecordedBesideIt() {
        CountryDerivation.Result r = derive(
                measure(Map.of(CountryDerivation.HIGHEST_RATE, new BigDecimal("25")), new Targets(List.of("PK"), null)),
                RATE_PARAMS);
        Map<String, Object> params = r.proposal().measures().get(0).parameters();
        assertThat(params.get(CountryDerivation.HIGHEST_RATE)).isEqualTo(new BigDecimal("25"));
        assertThat(params.get(CountryDerivation.RATE_KNOWN)).isEqualTo(true);
        DerivedValue rate = r.derived().get(0);
        assertThat(rate.stated()).isTrue();
        assertThat(rate.fromFacts()).isEqualTo(BigDecimal.valueOf(12.0));
    }

    @Test
    void aCourtFindingOnTheDestinationIsDerivedOnlyFromItsDay() {
        Set<String> declared = Set.of(CountryDerivation.DESTINATION_UNSAFE);
        Measure m = measure(Map.of(), new Targets(List.of(), "RW"));
        assertThat(derive(m, declared).proposal().measures().get(0).parameters())
                .containsEntry(CountryDerivation.DESTINATION_UNSAFE, true);
        CountryDerivation.Result before = CountryDerivation.derive(
                new Proposal("p", "", "NL", null, List.of(m)), LocalDate.parse("2023-01-01"), FACTS, t -> declared);
        assertThat(before.proposal().measures().get(0).parameters())
                .containsEntry(CountryDerivation.DESTINATION_UNSAFE, false);
        assertThat(before.derived().get(0).missing()).containsExactly("RW");
    }

    @Test
    void onlyTheUnionListAndTheStatesOwnListDesignate() {
        CountryFacts lists = new CountryFacts(List.of(designation("MA", "EU"), designation("SN", "NL")));
        Set<String> declared = Set.of(CountryDerivation.DESIGNATED);
        Measure m = measure(Map.of(), new Targets(List.of("MA", "SN"), null));
        CountryDerivation.Result nl =
                CountryDerivation.derive(new Proposal("p", "", "NL", null, List.of(m)), DAY, lists, t -> declared);
        assertThat(nl.proposal().measures().get(0).parameters()).containsEntry(CountryDerivation.DESIGNATED, true);
        CountryDerivation.Result de =
                CountryDerivation.derive(new Proposal("p", "", "DE", null, List.of(m)), DAY, lists, t -> declared);
        assertThat(de.proposal().measures().get(0).parameters()).containsEntry(CountryDerivation.DESIGNATED, false);
        assertThat(de.derived().get(0).missing()).containsExactly("SN");
    }

    private static CountryFact designation(String country, String by) {
        return new CountryFact(
                "urn:" + country + by,
                country,
                CountryFact.Kind.SAFE_COUNTRY_OF_ORIGIN,
                null,
                null,
                Map.of(),
                by,
                "a list",
                null,
                null,
                List.of("https://example.org/" + by),
                "PARTLY_VERIFIED");
    }

    @Test
    void nothingIsDerivedForATypeThatDoesNotDeclareTheParameterOrAMeasureWithoutCountries() {
        Proposal p = new Proposal("p", "", "NL", null, List.of(measure(Map.of(), new Targets(List.of("BD"), "RW"))));
        CountryDerivation.Result r = CountryDerivation.derive(p, DAY, FACTS, t -> Set.of("months"));
        assertThat(r.proposal()).isSameAs(p);
        assertThat(r.derived()).isEmpty();
        Proposal none = new Proposal("p", "", "NL", null, List.of(measure(Map.of(), Targets.NONE)));
        assertThat(CountryDerivation.derive(none, DAY, FACTS, t -> RATE_PARAMS).derived())
                .isEmpty();
    }
}
