package org.lexcheck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexcheck.Fixture;
import org.lexcheck.TestSupport;

class KnowledgeBaseTest {
    private static final java.time.LocalDate TODAY = java.time.LocalDate.of(2027, 1, 1);
    private final KnowledgeBase kb = TestSupport.checker().current().knowledge();

    @Test
    void theFamilyReunificationDirectiveBindsTheNetherlandsButNotDenmarkOrIreland() {
        Instrument frd = instrument("FRD");
        assertThat(frd.iri()).isEqualTo("http://data.europa.eu/eli/dir/2003/86/oj");
        assertThat(frd.binds("NL", TODAY)).isTrue();
        assertThat(frd.binds("DK", TODAY)).isFalse();
        assertThat(frd.binds("IE", TODAY)).isFalse();
        assertThat(frd.binds("GB", TODAY)).isFalse();
    }

    @Test
    void aDatedTreatyPartyIsBoundFromTheTreatysEntryIntoForceForItOthersFallBackOnTheirGroup() {
        Instrument cat = instrument("CAT");
        assertThat(cat.binds("BE", java.time.LocalDate.of(1999, 7, 24))).isFalse();
        assertThat(cat.bindingFrom("BE", java.time.LocalDate.of(1999, 7, 24)))
                .isEqualTo(java.time.LocalDate.of(1999, 7, 25));
        assertThat(cat.binds("BE", java.time.LocalDate.of(1999, 7, 25))).isTrue();
        assertThat(cat.binds("NL", java.time.LocalDate.of(1999, 7, 24))).isTrue();
        Instrument p4 = instrument("ECHR-P4");
        assertThat(p4.binds("IT", java.time.LocalDate.of(1982, 5, 26))).isFalse();
        assertThat(p4.binds("IT", java.time.LocalDate.of(1982, 5, 27))).isTrue();
        assertThat(p4.binds("GB", TODAY)).isFalse();
        assertThat(p4.bindingFrom("GB", TODAY)).isNull();
        Instrument rc = instrument("RC1951");
        assertThat(rc.bindingFrom("PL", java.time.LocalDate.of(1991, 12, 25)))
                .isEqualTo(java.time.LocalDate.of(1991, 12, 26));
    }

    @Test
    void theConventionBindsCouncilOfEuropeStatesInsideAndOutsideTheUnion() {
        Instrument echr = instrument("ECHR");
        assertThat(Stream.of("NL", "DK", "IE", "GB", "CH", "NO", "TR")).allMatch(s -> echr.binds(s, TODAY));
        assertThat(echr.binds("US", TODAY)).isFalse();
        assertThat(echr.binds("RU", TODAY)).isFalse();
        assertThat(instrument("CRC").binds("US", TODAY)).isFalse();
    }

    @Test
    void targetGroupsFormTheContractsHierarchy() {
        GroupHierarchy h = kb.groups();
        assertThat(h.isAtOrBelow("REFUGEE", "BENEFICIARY_OF_INTERNATIONAL_PROTECTION"))
                .isTrue();
        assertThat(h.isAtOrBelow("SUBSIDIARY_PROTECTION", "BENEFICIARY_OF_INTERNATIONAL_PROTECTION"))
                .isTrue();
        assertThat(h.isAtOrBelow("UNACCOMPANIED_MINOR", "CHILD")).isTrue();
        assertThat(h.isAtOrBelow("REFUGEE", "SUBSIDIARY_PROTECTION")).isFalse();
        assertThat(h.withNarrower("BENEFICIARY_OF_INTERNATIONAL_PROTECTION"))
                .containsExactlyInAnyOrder(
                        "BENEFICIARY_OF_INTERNATIONAL_PROTECTION", "REFUGEE", "SUBSIDIARY_PROTECTION");
    }

    @Test
    void everyFamilyReunificationMeasureTypeIsRegulatedByANorm() {
        for (String type : kb.vocabulary().measureTypes().keySet()) {
            if (!type.startsWith("FR_")) continue;
            assertThat(kb.norms())
                    .as("norms regulating " + type)
                    .anyMatch(n -> n.regulates().contains(type));
        }
    }

    @Test
    void euProvisionsAreCitedByTheActsEliOrTheArticlesWhereOneWasSeen() {
        // An article-level ELI ({act}/art_N/oj) only where it was seen on EUR-Lex; otherwise the
        // act's ELI, with article and paragraph as the citation's own fields (ontology/README.md).
        kb.norms().stream()
                .flatMap(n -> n.provisions().stream())
                .filter(p -> p.instrumentIri().startsWith("http://data.europa.eu/eli/"))
                .forEach(p -> assertThat(p.citedIri())
                        .as(p.label())
                        .isIn(p.instrumentIri(), p.instrumentIri().replace("/oj", "/art_" + p.article() + "/oj")));
    }

    @Test
    void judgmentsCarryTheirCourtsNumberAndEcliWhereOneWasSeen() {
        CaseLaw ma = kb.caseLaw().values().stream()
                .filter(c -> c.caseNumber().equals("6697/18"))
                .findFirst()
                .orElseThrow();
        assertThat(ma.ecli()).isEqualTo("ECLI:CE:ECHR:2021:0709JUD000669718");
        assertThat(ma.name().in(Language.EN)).isEqualTo("M.A. v. Denmark");
        assertThat(ma.name().in(Language.NL)).isEqualTo("M.A. t. Denemarken");
        assertThat(ma.verification()).isEqualTo(VerificationStatus.VERIFIED);
    }

    // Loading broken knowledge: a temporary copy of the fixture law (src/test/resources/fixture)
    // with one file of fixture/edits added; never the repository's ontology/, never rewritten.

    @Test
    void aShaclViolationStopsLoadingAndNamesTheNodeAndFile(@TempDir Path dir) throws IOException {
        Path ontology = fixtureWith(dir, "norm-without-provision.ttl");
        assertThatThrownBy(() -> OntologyLoader.load(ontology))
                .isInstanceOf(KnowledgeException.class)
                .satisfies(e -> assertThat(((KnowledgeException) e).problems())
                        .anyMatch(p -> p.startsWith(
                                        "instruments/norm-without-provision.ttl: https://example.org/fixture/norm/broken")
                                && p.contains("provision")));
    }

    @Test
    void aLimitOnAParameterTheMeasureTypeDoesNotTakeIsRefused(@TempDir Path dir) throws IOException {
        Path ontology = fixtureWith(dir, "limit-on-unknown-parameter.ttl");
        assertThatThrownBy(() -> OntologyLoader.load(ontology))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("validity-age")
                .hasMessageContaining("age for <https://example.org/fixture/concept/LICENCE_VALIDITY>");
    }

    @Test
    void aDatedPartyInForceBeforeItsDepositIsRefused(@TempDir Path dir) throws IOException {
        Path ontology = fixtureWith(dir, "party-before-deposit.ttl");
        assertThatThrownBy(() -> OntologyLoader.load(ontology))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("PartyShape");
    }

    @Test
    void aTurtleSyntaxErrorNamesTheFile(@TempDir Path dir) throws IOException {
        Path ontology = fixtureWith(dir, "syntax-error.ttl");
        assertThatThrownBy(() -> OntologyLoader.load(ontology))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("instruments/syntax-error.ttl:");
    }

    @Test
    void theFixtureItselfLoads(@TempDir Path dir) {
        assertThat(OntologyLoader.load(Fixture.writeTo(dir)[0]).norms()).hasSize(9);
    }

    private Instrument instrument(String code) {
        return kb.instruments().values().stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static Path fixtureWith(Path dir, String edit) throws IOException {
        Path ontology = Fixture.writeTo(dir)[0];
        Files.copy(
                Path.of("src/test/resources/fixture/edits", edit),
                ontology.resolve("instruments").resolve(edit));
        return ontology;
    }
}
