package org.lexcheck.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;

/** The country facts of ontology/countries/ are read with their dates, figures and sources. */
class CountryFactsReaderTest {
    private static final CountryFacts FACTS =
            TestSupport.checker().current().knowledge().countryFacts();

    @Test
    void aRecognitionRateKeepsItsFigurePeriodAndBasisInBothLanguages() {
        CountryFact bd = FACTS.on("BD", CountryFact.Kind.RECOGNITION_RATE, LocalDate.parse("2027-01-01"))
                .orElseThrow();
        assertThat(bd.percent()).isEqualTo(3.0);
        assertThat(bd.referencePeriod()).isEqualTo("2025");
        assertThat(bd.basis("en")).contains("EUAA");
        assertThat(bd.basis("nl")).contains("eerste aanleg");
        assertThat(bd.sources()).isNotEmpty();
        assertThat(bd.status()).isEqualTo("PARTLY_VERIFIED");
    }

    @Test
    void aCourtFindingHoldsFromTheDayOfTheJudgment() {
        assertThat(FACTS.on("RW", CountryFact.Kind.NOT_SAFE_FOR_TRANSFERS, LocalDate.parse("2023-11-14")))
                .isEmpty();
        CountryFact rw = FACTS.on("RW", CountryFact.Kind.NOT_SAFE_FOR_TRANSFERS, LocalDate.parse("2023-11-15"))
                .orElseThrow();
        assertThat(rw.act()).contains("[2023] UKSC 42");
        assertThat(rw.status()).isEqualTo("VERIFIED");
    }

    @Test
    void theUnionListAppliesFromTwelveJune2026() {
        assertThat(FACTS.allOn("MA", CountryFact.Kind.SAFE_COUNTRY_OF_ORIGIN, LocalDate.parse("2026-06-11")))
                .extracting(CountryFact::designatedBy)
                .containsExactly("NL");
        assertThat(FACTS.allOn("MA", CountryFact.Kind.SAFE_COUNTRY_OF_ORIGIN, LocalDate.parse("2026-06-12")))
                .extracting(CountryFact::designatedBy)
                .containsExactlyInAnyOrder("EU", "NL");
    }
}
