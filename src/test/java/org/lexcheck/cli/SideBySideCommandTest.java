package org.lexcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexcheck.TestSupport.json;

import org.junit.jupiter.api.Test;

/** {@code check --jurisdictions}: one proposal for several states as a matrix, and bad lists of states. */
class SideBySideCommandTest {
    private static final String EXAMPLE = "examples/nl-2025-asylum-emergency-measures-act.json";

    @Test
    void aMatrixPerFileAndExitOneWhenAnyStateHasAConflict() {
        var r = CliCommandsTest.run(
                "check",
                "--jurisdictions",
                "NL,DK,IE,BE",
                "--date",
                "2026-12-01",
                EXAMPLE,
                "examples/nl-2025-two-status-system.json");
        assertThat(r.exit()).isEqualTo(1);
        var comparisons = json(r.out());
        assertThat(comparisons.size()).isEqualTo(2);
        assertThat(comparisons.get(0).at("/states/0/jurisdiction").asString()).isEqualTo("NL");
        assertThat(comparisons.get(0).at("/states/0/verdict").asString()).isEqualTo("CONFLICT");
        assertThat(comparisons.get(1).at("/referenceDate").asString()).isEqualTo("2026-12-01");
        var html = CliCommandsTest.run(
                "check", "--jurisdictions", "NL,DK", "--date", "2026-12-01", "--format", "html", EXAMPLE);
        assertThat(html.out()).contains("<td class=\"NOT_ASSESSED\">NOT_ASSESSED*");
    }

    @Test
    void anUnknownRepeatedOrMisplacedStateIsBadInputNamingTheOption() {
        var unknown = CliCommandsTest.run("check", "--jurisdictions", "NL,XX", EXAMPLE);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).contains("--jurisdictions: unknown state 'XX'", "allowed: AD, AE");
        var twice = CliCommandsTest.run("check", "--jurisdictions", "NL,DK,NL", EXAMPLE);
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).contains("state 'NL' is given twice");
        var dates = CliCommandsTest.run(
                "check", "--jurisdictions", "NL,DK", "--date", "2026-01-01", "--date", "2027-01-01", EXAMPLE);
        assertThat(dates.exit()).isEqualTo(2);
        assertThat(dates.err()).contains("--jurisdictions: compares states on one date");
        var command = CliCommandsTest.run("diff", "--jurisdictions", "NL", EXAMPLE, EXAMPLE);
        assertThat(command.exit()).isEqualTo(2);
        assertThat(command.err()).contains("--jurisdictions: not an option of diff");
    }
}
