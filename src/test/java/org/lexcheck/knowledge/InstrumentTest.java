package org.lexcheck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InstrumentTest {

    @Test
    void aLaterOptInBindsFromItsDateAndAWithdrawalUntilItsDate() {
        Instrument rcd = new Instrument(
                "urn:x:rcd",
                "RCD",
                LocalizedText.of(null),
                LocalizedText.of("Reception"),
                LocalDate.of(2015, 7, 20),
                LocalDate.of(2026, 6, 11),
                null,
                Set.of("NL"),
                List.of(
                        new Instrument.Accession("IE", LocalDate.of(2018, 6, 30), null),
                        new Instrument.Accession("GB", LocalDate.of(2015, 7, 20), LocalDate.of(2020, 12, 31))),
                VerificationStatus.VERIFIED);
        assertThat(rcd.binds("NL", LocalDate.of(2016, 1, 1))).isTrue();
        assertThat(rcd.binds("IE", LocalDate.of(2018, 6, 29))).isFalse();
        assertThat(rcd.binds("IE", LocalDate.of(2018, 6, 30))).isTrue();
        assertThat(rcd.binds("GB", LocalDate.of(2020, 12, 31))).isTrue();
        assertThat(rcd.binds("GB", LocalDate.of(2021, 1, 1))).isFalse();
        assertThat(rcd.appliesOn(LocalDate.of(2026, 6, 11))).isTrue();
        assertThat(rcd.appliesOn(LocalDate.of(2026, 6, 12))).isFalse();
        assertThat(rcd.bindingFrom("IE", LocalDate.of(2018, 6, 29))).isEqualTo(LocalDate.of(2018, 6, 30));
        assertThat(rcd.bindingFrom("IE", LocalDate.of(2018, 6, 30))).isNull();
        assertThat(rcd.bindingFrom("GB", LocalDate.of(2021, 1, 1))).isNull();
        assertThat(rcd.bindingFrom("DK", LocalDate.of(2021, 1, 1))).isNull();
    }

    @Test
    void aLimitOnCodesAcceptsOnlyItsListAndSafeguardsDecideWhetherItBinds() {
        Limit grounds = new Limit(
                "ground",
                null,
                null,
                false,
                null,
                Set.of("IDENTITY_VERIFICATION"),
                "CODE",
                FindingKind.CONFLICT,
                Set.of(),
                Set.of("JUDICIAL_REVIEW"),
                false,
                null,
                Set.of(),
                null,
                null,
                null);
        assertThat(grounds.isCodeList()).isTrue();
        assertThat(grounds.bindsGiven(Set.of())).isFalse();
        assertThat(grounds.bindsGiven(Set.of("JUDICIAL_REVIEW"))).isTrue();
    }
}
