package org.lexcheck.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountryFactsTest {
    static CountryFact rate(String country, double percent, String period, String from) {
        return new CountryFact(
                "urn:" + country + period,
                country,
                CountryFact.Kind.RECOGNITION_RATE,
                percent,
                period,
                Map.of("en", "test"),
                null,
                null,
                from == null ? null : LocalDate.parse(from),
                null,
                List.of("https://example.org/" + country),
                "VERIFIED");
    }

    @Test
    void theLatestFactHoldingOnTheDayIsUsed() {
        CountryFacts facts =
                new CountryFacts(List.of(rate("BD", 4, "2024", "2025-01-01"), rate("BD", 3, "2025", "2026-01-01")));
        assertThat(facts.on("BD", CountryFact.Kind.RECOGNITION_RATE, LocalDate.parse("2025-06-01"))
                        .orElseThrow()
                        .percent())
                .isEqualTo(4.0);
        assertThat(facts.on("BD", CountryFact.Kind.RECOGNITION_RATE, LocalDate.parse("2027-01-01"))
                        .orElseThrow()
                        .percent())
                .isEqualTo(3.0);
        assertThat(facts.on("BD", CountryFact.Kind.RECOGNITION_RATE, LocalDate.parse("2024-12-31")))
                .isEmpty();
        assertThat(facts.on("PK", CountryFact.Kind.RECOGNITION_RATE, LocalDate.parse("2027-01-01")))
                .isEmpty();
    }

    @Test
    void aFactHoldsFromItsFirstToItsLastDayInclusive() {
        CountryFact f = new CountryFact(
                "urn:x",
                "RW",
                CountryFact.Kind.NOT_SAFE_FOR_TRANSFERS,
                null,
                null,
                Map.of(),
                null,
                "a judgment",
                LocalDate.parse("2023-11-15"),
                LocalDate.parse("2024-12-31"),
                List.of("https://example.org"),
                "VERIFIED");
        assertThat(f.holdsOn(LocalDate.parse("2023-11-14"))).isFalse();
        assertThat(f.holdsOn(LocalDate.parse("2023-11-15"))).isTrue();
        assertThat(f.holdsOn(LocalDate.parse("2024-12-31"))).isTrue();
        assertThat(f.holdsOn(LocalDate.parse("2025-01-01"))).isFalse();
        assertThat(f.basis("nl")).isNull();
    }
}
