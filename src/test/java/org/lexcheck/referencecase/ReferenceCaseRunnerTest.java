package org.lexcheck.referencecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexcheck.TestSupport;

class ReferenceCaseRunnerTest {

    @Test
    void aWrongExpectationIsReportedWithWhatTheReportHas(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("case.yaml");
        Files.writeString(file, """
                name: deliberately wrong
                proposal:
                  jurisdiction: NL
                  entryIntoForce: 2027-01-01
                  measures:
                    - { id: m1, type: FR_WAITING_PERIOD, targetGroups: [SUBSIDIARY_PROTECTION], parameters: { months: 36 } }
                expect:
                  measures:
                    m1: { verdict: COMPATIBLE, cites: ["FRD 8"], caseLaw: ["C-578/08"] }
                """);
        var outcome = new ReferenceCaseRunner(TestSupport.checker()).run(ReferenceCaseLoader.load(file));
        assertThat(outcome.passed()).isFalse();
        assertThat(String.join("\n", outcome.mismatches()))
                .contains("expected verdict COMPATIBLE, got CONFLICT")
                .contains("no finding cites FRD 8")
                .contains("no finding cites case C-578/08")
                .contains("report has:");
    }

    @Test
    void anUnknownKeyIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("case.yaml");
        Files.writeString(file, "name: x\nproposal: {}\nexpect: { verdicts: CONFLICT }\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReferenceCaseLoader.load(file))
                .isInstanceOf(InvalidReferenceCaseException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("expect.verdicts: unknown key");
    }

    @Test
    void aVerdictOrKindOffTheListIsRefusedWithTheFileAndTheAllowedValues(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("case.yaml");
        Files.writeString(
                file,
                "name: x\nproposal: {}\nexpect: { measures: { m1: { findings: [ { kind: CONFLICTS, cites: ECHR 8 } ] } } }\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReferenceCaseLoader.load(file))
                .isInstanceOf(InvalidReferenceCaseException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("expect.measures.m1.findings[].kind")
                .hasMessageContaining("CONFLICTS")
                .hasMessageContaining("ROOM_FOR_MANOEUVRE");
        Files.writeString(file, "name: x\nproposal: {}\nexpect: { verdict: COMPATIBEL }\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReferenceCaseLoader.load(file))
                .hasMessageContaining("expect.verdict")
                .hasMessageContaining("NOT_ASSESSED");
        Files.writeString(file, "name: x\nproposal: {}\nexpect: { measures: { m1: { cites: [ \"Art 8 ECHR\" ] } } }\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReferenceCaseLoader.load(file))
                .hasMessageContaining("expect.measures.m1.cites")
                .hasMessageContaining("'Art 8 ECHR' is not a citation");
    }
}
