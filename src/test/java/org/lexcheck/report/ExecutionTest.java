package org.lexcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.lexcheck.execution.ExecutionCatalogue;
import org.lexcheck.knowledge.KnowledgeBase;
import org.lexcheck.knowledge.Language;
import org.lexcheck.knowledge.Modality;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.knowledge.SafeguardRequirement;
import org.lexcheck.proposal.ProposalFormat;

/**
 * Execution (issue 11, item 8): the acts that findings and obligations demand of the implementing
 * authorities, and the agencies of the state that perform them, taken from the ontology's data.
 */
class ExecutionTest {
    private static final String NL_WAITING_36 = """
            {"id": "nl-2027-family-reunification", "title": "Family reunification for subsidiary protection only after 36 months",
             "jurisdiction": "%s", "entryIntoForce": "2027-01-01",
             "measures": [{"id": "m1", "type": "FR_WAITING_PERIOD", "targetGroups": ["SUBSIDIARY_PROTECTION"],
                           "parameters": {"months": 36}, "exemptions": ["UNACCOMPANIED_MINOR"]}]}""";

    private static final String NL_RETURN_HUBS = """
            {"id": "nl-2027-rt", "title": "Return hubs", "jurisdiction": "NL", "entryIntoForce": "2027-01-01",
             "measures": [{"id": "m1", "type": "RT_RETURN_HUBS", "targetGroups": ["RETURNEE"],
                           "safeguards": ["NON_REFOULEMENT_ASSESSMENT", "INDIVIDUAL_GUARANTEES"]}]}""";

    private static KnowledgeBase kb() {
        return TestSupport.checker().current().knowledge();
    }

    private static Report check(String json, Language language) {
        return TestSupport.checker().check(json.getBytes(), ProposalFormat.JSON, null, language);
    }

    private static Execution.Act act(Report r, String measure, String actKind) {
        return r.execution().stream()
                .filter(m -> m.measure().equals(measure))
                .flatMap(m -> m.acts().stream())
                .filter(a -> a.actKind().equals(actKind))
                .findFirst()
                .orElseThrow(() -> new AssertionError(actKind + " not demanded by " + measure + ": " + r.execution()));
    }

    @Test
    void everySafeguardAndEveryObligationNamesTheActsItDemands() {
        KnowledgeBase kb = kb();
        ExecutionCatalogue c = kb.execution();
        assertThat(c.actKinds()).hasSizeGreaterThanOrEqualTo(9);
        for (String s : kb.vocabulary().safeguards())
            assertThat(c.actsOfSafeguard(s)).as("acts of safeguard " + s).isNotEmpty();
        for (Norm n : kb.norms()) {
            if (n.modality() != Modality.OBLIGATION) continue;
            boolean viaSafeguard = n.safeguardRequirements().stream()
                    .map(SafeguardRequirement::safeguard)
                    .anyMatch(s -> !c.actsOfSafeguard(s).isEmpty());
            assertThat(viaSafeguard || !c.actsOfNorm(n.iri()).isEmpty())
                    .as("obligation " + n.iri() + " names no act kind")
                    .isTrue();
        }
        for (var kind : c.actKinds().values()) {
            assertThat(kind.label()).containsKeys("en", "nl");
            assertThat(kind.definition()).containsKeys("en", "nl");
        }
    }

    @Test
    void everyActKindIsInTheContract() throws Exception {
        String contract = Files.readString(Path.of("docs/contract.md"));
        for (String code : kb().execution().actKinds().keySet())
            assertThat(contract)
                    .as("act kind " + code + " in docs/contract.md 6.6")
                    .contains("`" + code + "`");
    }

    @Test
    void agenciesComeFromDataPerStateAreaAndDate() {
        ExecutionCatalogue c = kb().execution();
        LocalDate d = LocalDate.of(2027, 1, 1);
        assertThat(c.agencies("NL", "CAPACITY_TO_PROVIDE", "RECEPTION", java.util.Set.of(), d))
                .extracting(a -> a.agency().shortName())
                .containsExactly("COA");
        assertThat(c.agencies("NL", "INDIVIDUAL_DECISION_WITH_REASONS", "FAMILY_REUNIFICATION", java.util.Set.of(), d))
                .extracting(a -> a.agency().shortName())
                .containsExactly("IND");
        assertThat(c.agencies("NL", "REMOVAL_ENFORCEMENT", "RETURN", java.util.Set.of(), d))
                .extracting(a -> a.agency().shortName())
                .containsExactly("DT&V", "KMar");
        assertThat(c.agencies("NL", "JUDICIAL_REVIEW", "ASYLUM_PROCEDURE", java.util.Set.of(), d))
                .extracting(a -> a.agency().shortName())
                .containsExactly("ABRvS", "Rb.");
        assertThat(c.agencies("NL", "LEGAL_AID_PROVISION", "ASYLUM_PROCEDURE", java.util.Set.of(), d))
                .extracting(a -> a.agency().nationalName("nl"))
                .containsExactly("Raad voor Rechtsbijstand");
        assertThat(c.agencies("BE", "CAPACITY_TO_PROVIDE", "RECEPTION", java.util.Set.of(), d))
                .extracting(a -> a.agency().shortName())
                .containsExactly("Fedasil");
        assertThat(c.agencies("DE", "HEARING", "ASYLUM_PROCEDURE", java.util.Set.of(), d))
                .extracting(a -> a.agency().nationalName("nl"))
                .containsExactly("Bundesamt für Migration und Flüchtlinge");
        assertThat(c.agencies("DK", "HEARING", "ASYLUM_PROCEDURE", java.util.Set.of(), d))
                .isEmpty();
        // The Ministry of Asylum and Migration exists from 2 July 2024 only.
        assertThat(c.agencies(
                        "NL",
                        "SOLIDARITY_CONTRIBUTION",
                        "ASYLUM_PROCEDURE",
                        java.util.Set.of(),
                        LocalDate.of(2024, 7, 1)))
                .isEmpty();
        assertThat(c.agencies(
                        "NL",
                        "SOLIDARITY_CONTRIBUTION",
                        "ASYLUM_PROCEDURE",
                        java.util.Set.of(),
                        LocalDate.of(2024, 7, 2)))
                .extracting(a -> a.agency().shortName())
                .containsExactly("A&M");
    }

    /**
     * The worked example: a 36-month waiting period in the Netherlands. ECHR Art 8 (fair balance in
     * the individual case) and the CRC's best interests of the child both demand an individual
     * decision with reasons, which the IND takes.
     */
    @Test
    void aDutchWaitingPeriodDemandsIndividualDecisionsOfTheInd() {
        Report r = check(NL_WAITING_36.formatted("NL"), Language.EN);
        assertThat(r.execution()).hasSize(1);
        assertThat(r.execution().get(0).area()).isEqualTo("FAMILY_REUNIFICATION");
        Execution.Act decision = act(r, "m1", "INDIVIDUAL_DECISION_WITH_REASONS");
        assertThat(decision.count()).isEqualTo(2);
        assertThat(decision.label()).isEqualTo("Individual decision with reasons");
        assertThat(decision.demandedBy())
                .anySatisfy(d -> {
                    assertThat(d.safeguard()).isNull();
                    assertThat(d.norm()).endsWith("/echr-8-fr-waiting-period");
                    assertThat(d.citations()).isEqualTo("ECHR Art 8");
                    assertThat(d.finding()).hasToString("CONFLICT");
                })
                .anySatisfy(d -> {
                    assertThat(d.safeguard()).isEqualTo("BEST_INTERESTS_OF_THE_CHILD");
                    assertThat(d.finding()).hasToString("RISK");
                });
        assertThat(decision.agencies()).singleElement().satisfies(a -> {
            assertThat(a.shortName()).isEqualTo("IND");
            assertThat(a.name()).isEqualTo("Immigration and Naturalisation Service");
            assertThat(a.nationalName()).isEqualTo("Immigratie- en Naturalisatiedienst");
            assertThat(a.website()).isEqualTo("https://ind.nl");
            assertThat(a.verification()).isEqualTo("PARTLY_VERIFIED");
        });
        assertThat(decision.agencyNote()).isNull();

        String text = ReportWriter.write(r, ReportFormat.TEXT);
        assertThat(text)
                .contains("Execution: acts the findings demand of the implementing authorities (NL)")
                .contains("    Individual decision with reasons (INDIVIDUAL_DECISION_WITH_REASONS), 2 demand(s)\n"
                        + "      by: IND (Immigration and Naturalisation Service)\n"
                        + "      - norm: ECHR Art 8 (CONFLICT)\n"
                        + "      - BEST_INTERESTS_OF_THE_CHILD: CRC Art 3(1); CRC Art 10(1) (RISK)\n");
        assertThat(ReportWriter.write(r, ReportFormat.HTML)).contains("<a href=\"https://ind.nl\">IND");
        String json = ReportWriter.write(r, ReportFormat.JSON);
        assertThat(json.indexOf("\"execution\""))
                .isBetween(json.indexOf("\"instrumentsNotApplied\""), json.indexOf("\"provenance\""));
        String xml = ReportWriter.write(r, ReportFormat.XML);
        assertThat(xml)
                .contains("<act actKind=\"INDIVIDUAL_DECISION_WITH_REASONS\" count=\"2\">")
                .contains("<shortName>IND</shortName>");
    }

    @Test
    void inDutchTheActAndTheAgencyAreNamedInDutch() {
        Report r = check(NL_WAITING_36.formatted("NL"), Language.NL);
        Execution.Act decision = act(r, "m1", "INDIVIDUAL_DECISION_WITH_REASONS");
        assertThat(decision.label()).isEqualTo("Individueel gemotiveerd besluit");
        assertThat(decision.agencies().get(0).name()).isEqualTo("Immigratie- en Naturalisatiedienst");
        assertThat(decision.demandedBy())
                .anySatisfy(d -> assertThat(d.citations()).isEqualTo("art. 8 EVRM"));
        assertThat(ReportWriter.write(r, ReportFormat.TEXT))
                .contains("Uitvoering: handelingen die de bevindingen van de uitvoeringsinstanties vragen (NL)")
                .contains("    Individueel gemotiveerd besluit (INDIVIDUAL_DECISION_WITH_REASONS), 2 keer gevraagd\n"
                        + "      door: IND (Immigratie- en Naturalisatiedienst)\n"
                        + "      - norm: art. 8 EVRM (CONFLICT)\n");
    }

    @Test
    void aStateWithoutAgencyDataShowsTheActWithoutAgency() {
        Report r = check(NL_WAITING_36.formatted("DK"), Language.EN);
        Execution.Act decision = act(r, "m1", "INDIVIDUAL_DECISION_WITH_REASONS");
        assertThat(decision.agencies()).isEmpty();
        assertThat(decision.agencyNote()).isEqualTo("agency not recorded for DK");
        assertThat(ReportWriter.write(r, ReportFormat.TEXT)).contains("agency not recorded for DK");
        assertThat(check(NL_WAITING_36.formatted("DK"), Language.NL)
                        .execution()
                        .get(0)
                        .acts()
                        .get(0)
                        .agencyNote())
                .isEqualTo("uitvoeringsinstantie niet vastgelegd voor DK");
    }

    /**
     * Return hubs in the Netherlands: the non-refoulement assessment and the guarantees the measure
     * provides demand individual decisions (one per finding that looked for them), taken in the IND's
     * return decision (which names the country of return), and hearings, for which no Dutch agency is
     * recorded in the return area.
     */
    @Test
    void dutchReturnHubsDemandDecisionsOfTheIndAndHearingsWithoutARecordedAgency() {
        Report r = check(NL_RETURN_HUBS, Language.EN);
        Execution.Act decision = act(r, "m1", "INDIVIDUAL_DECISION_WITH_REASONS");
        assertThat(decision.count()).isEqualTo(5);
        assertThat(decision.demandedBy())
                .extracting(Execution.Demand::safeguard)
                .containsOnly("NON_REFOULEMENT_ASSESSMENT", "INDIVIDUAL_GUARANTEES");
        assertThat(decision.agencies()).singleElement().satisfies(a -> {
            assertThat(a.shortName()).isEqualTo("IND");
            assertThat(a.scope()).startsWith("return decisions");
        });
        assertThat(r.execution().get(0).acts().get(0)).isEqualTo(decision);
        Execution.Act hearing = act(r, "m1", "HEARING");
        assertThat(hearing.demandedBy())
                .allSatisfy(d -> assertThat(d.safeguard()).isEqualTo("NON_REFOULEMENT_ASSESSMENT"));
        assertThat(hearing.agencyNote()).isEqualTo("agency not recorded for NL");
    }

    /** A policy area is coarse: an agency's role names the measure types it covers where it covers only some. */
    @Test
    void rolesLimitedToMeasureTypesDoNotSpillOverTheirArea() {
        ExecutionCatalogue c = kb().execution();
        LocalDate d = LocalDate.of(2027, 1, 1);
        assertThat(c.agencies(
                        "NL",
                        "INDIVIDUAL_DECISION_WITH_REASONS",
                        "RETURN",
                        java.util.Set.of("RT_ENTRY_BAN_DURATION"),
                        d))
                .extracting(a -> a.agency().shortName())
                .containsExactly("IND", "KMar", "Politie");
        assertThat(c.agencies(
                        "NL",
                        "INDIVIDUAL_DECISION_WITH_REASONS",
                        "RETURN",
                        java.util.Set.of("BC_INTERNAL_BORDER_CONTROLS"),
                        d))
                .isEmpty();
        assertThat(c.agencies(
                        "NL",
                        "INDIVIDUAL_DECISION_WITH_REASONS",
                        "RECEPTION",
                        java.util.Set.of("RC_REDUCE_MATERIAL_CONDITIONS"),
                        d))
                .extracting(a -> a.agency().shortName())
                .containsExactly("COA");
        assertThat(c.agencies(
                        "NL",
                        "INDIVIDUAL_DECISION_WITH_REASONS",
                        "RECEPTION",
                        java.util.Set.of("RC_DETENTION_GROUNDS"),
                        d))
                .isEmpty();
    }

    /** The obligations listing names, for each obligation, the act kinds and the agencies. */
    @Test
    void theObligationsOfTheNetherlandsNameTheirActsAndAgencies() {
        ObligationsReport o =
                TestSupport.checker().pin().obligations("NL", LocalDate.of(2026, 12, 1), null, Language.EN);
        assertThat(o.execution()).hasSameSizeAs(o.obligations());
        Map<String, Execution.ObligationActs> byNorm = new java.util.HashMap<>();
        for (int i = 0; i < o.obligations().size(); i++) {
            assertThat(o.execution().get(i).norm())
                    .isEqualTo(o.obligations().get(i).norm());
            byNorm.put(o.execution().get(i).norm(), o.execution().get(i));
        }
        Execution.ObligationActs border =
                byNorm.get("https://w3id.org/lexcheck/norm/apr-45-mandatory-border-procedure");
        assertThat(border.acts())
                .extracting(Execution.Act::actKind)
                .containsExactly("CAPACITY_TO_PROVIDE", "INDIVIDUAL_DECISION_WITH_REASONS");
        assertThat(border.acts().get(0).agencies())
                .extracting(Execution.AgencyRef::shortName)
                .containsExactly("A&M");
        assertThat(border.acts().get(1).agencies())
                .extracting(Execution.AgencyRef::shortName)
                .containsExactly("IND");
        Execution.ObligationActs solidarity =
                byNorm.get("https://w3id.org/lexcheck/norm/ammr-56-solidarity-contribution-required");
        assertThat(solidarity.acts()).singleElement().satisfies(a -> {
            assertThat(a.actKind()).isEqualTo("SOLIDARITY_CONTRIBUTION");
            assertThat(a.agencies())
                    .extracting(Execution.AgencyRef::name)
                    .containsExactly("Ministry of Asylum and Migration");
        });
        Execution.ObligationActs appeal =
                byNorm.get("https://w3id.org/lexcheck/norm/echr-13-appeal-time-limit-effective");
        assertThat(appeal.acts())
                .extracting(Execution.Act::actKind)
                .containsExactly("JUDICIAL_REVIEW", "LEGAL_AID_PROVISION");
        assertThat(appeal.acts().get(1).demandedBy())
                .singleElement()
                .satisfies(d -> assertThat(d.safeguard()).isEqualTo("LEGAL_ASSISTANCE"));
        assertThat(o.execution())
                .allSatisfy(x -> assertThat(x.acts()).as(x.norm()).isNotEmpty());
        String text = ObligationsReportBuilder.text(o);
        assertThat(text).contains("Acts: Solidarity contribution: A&M (Ministry of Asylum and Migration)");
        ObligationsReport nl =
                TestSupport.checker().pin().obligations("NL", LocalDate.of(2026, 12, 1), null, Language.NL);
        assertThat(ObligationsReportBuilder.text(nl))
                .contains("Handelingen: Solidariteitsbijdrage: A&M (Ministerie van Asiel en Migratie)");
        List<String> dk = ObligationsReportBuilder.text(
                        TestSupport.checker().pin().obligations("DK", LocalDate.of(2026, 12, 1), null, Language.EN))
                .lines()
                .filter(l -> l.contains("Acts:"))
                .toList();
        assertThat(dk).isNotEmpty().allSatisfy(l -> assertThat(l).contains("agency not recorded for DK"));
    }
}
