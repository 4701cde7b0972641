package org.lexcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexcheck.TestSupport.json;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code obligations}: what the law requires of a state on a date, independent of any proposal. */
class ObligationsCommandTest {

    private static CliCommandsTest.Run run(String... args) {
        return CliCommandsTest.run(args);
    }

    @Test
    void theNetherlandsIn2027AreBoundByThePactsDeadlinesAndTheMandatoryBorderProcedure() {
        var r = run("obligations", "--jurisdiction", "NL", "--date", "2027-01-01", "--area", "ASYLUM_PROCEDURE");
        assertThat(r.exit()).isZero();
        JsonNode report = json(r.out());
        assertThat(report.at("/jurisdiction").asString()).isEqualTo("NL");
        assertThat(report.at("/referenceDate").asString()).isEqualTo("2027-01-01");
        assertThat(report.at("/area").asString()).isEqualTo("ASYLUM_PROCEDURE");
        assertThat(report.get("obligations")
                        .valueStream()
                        .map(o -> o.get("title").asString()))
                .anyMatch(t -> t.startsWith("Mandatory border procedure"))
                .anyMatch(t -> t.startsWith("Registration within five days"));
        assertThat(report.get("obligations")
                        .valueStream()
                        .map(o -> o.get("area").asString()))
                .containsOnly("ASYLUM_PROCEDURE");
        assertThat(report.get("instrumentsChecked")
                        .valueStream()
                        .map(i -> i.get("code").asString()))
                .contains("APR", "AMMR", "ECHR");
    }

    @Test
    void denmarkIsNotBoundByThePactSoItsObligationsComeFromTheTreaties() {
        var r = run("obligations", "--jurisdiction", "DK", "--date", "2027-01-01", "--area", "ASYLUM_PROCEDURE");
        assertThat(r.exit()).isZero();
        JsonNode report = json(r.out());
        assertThat(report.get("obligations")
                        .valueStream()
                        .flatMap(o -> o.get("citations").valueStream())
                        .map(c -> c.get("instrument").asString()))
                .isNotEmpty()
                .doesNotContain("APR", "AMMR");
        assertThat(report.get("instrumentsNotApplied")
                        .valueStream()
                        .map(i -> i.get("code").asString()))
                .contains("APR");
    }

    @Test
    void beforeThePactAppliesTheDirectivesBind_andTheTextFormIsInDutchOnRequest() {
        var r = run("obligations", "--jurisdiction", "NL", "--date", "2025-06-01", "--format", "text", "--lang", "nl");
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .startsWith("Verplichtingen die NL op 2025-06-01 binden")
                .contains("art. 17 lid 3 Procedurerichtlijn");
        // The Regulation is listed only among the instruments not applied, never as an obligation.
        String obligations = r.out().substring(0, r.out().indexOf("Getoetste instrumenten:"));
        assertThat(obligations).doesNotContain("Asielprocedureverordening");
        assertThat(r.out()).contains("Niet toegepast:").contains("Asielprocedureverordening (");
    }

    @Test
    void anUnknownStateOrAreaOrAMissingStateIsExitTwoNamingTheAllowedValues() {
        var state = run("obligations", "--jurisdiction", "XX", "--date", "2027-01-01");
        assertThat(state.exit()).isEqualTo(2);
        assertThat(state.err()).contains("jurisdiction: unknown state 'XX'").contains("NL");
        var area = run("obligations", "--jurisdiction", "NL", "--area", "HOUSING");
        assertThat(area.exit()).isEqualTo(2);
        assertThat(area.err()).contains("area: unknown policy area 'HOUSING'").contains("FAMILY_REUNIFICATION");
        var missing = run("obligations", "--date", "2027-01-01");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("--jurisdiction is required");
        var xml = run("obligations", "--jurisdiction", "NL", "--format", "xml");
        assertThat(xml.exit()).isEqualTo(2);
        assertThat(xml.err()).contains("json or text");
    }
}
