package org.lexcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.lexcheck.knowledge.Language;
import org.lexcheck.proposal.ProposalFormat;

/** Alternatives that pass: every conflict of the examples is answered by one, or by the reason there is none. */
class AlternativesTest {

    @Test
    void everyConflictOfTheExamplesHasAnAlternativeOrSaysWhyNone() throws Exception {
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            examples =
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        var checker = TestSupport.checker();
        int conflicts = 0;
        for (Path p : examples) {
            Report r = checker.check(Files.readAllBytes(p), ProposalFormat.JSON, null, Language.EN);
            for (Report.MeasureVerdict m : r.measures()) {
                if (m.verdict() != Verdict.CONFLICT) continue;
                conflicts++;
                var entry = r.alternatives().stream()
                        .filter(a -> a.measure().equals(m.id()))
                        .findFirst();
                assertThat(entry).as("alternatives of %s %s", p, m.id()).isPresent();
                var a = entry.get();
                assertThat(!a.alternatives().isEmpty() || a.none() != null)
                        .as("%s %s lists an alternative or says why none", p, m.id())
                        .isTrue();
                for (Report.AlternativeRef alt : a.alternatives()) {
                    assertThat(alt.verdict()).isIn(Verdict.COMPATIBLE, Verdict.RISK);
                    assertThat(alt.measure().type()).isNotEqualTo(m.type());
                    assertThat(alt.measure().id()).isEqualTo(m.id());
                }
            }
        }
        assertThat(conflicts).as("conflicts among the examples").isGreaterThan(15);
    }

    @Test
    void everyMeasureTypeServesADeclaredAim() {
        var kb = TestSupport.checker().current().knowledge();
        assertThat(kb.vocabulary().measureTypes().keySet())
                .allSatisfy(type -> assertThat(kb.policyAims().aimsOf(type))
                        .as("aims of %s (ontology/alternatives.ttl)", type)
                        .isNotEmpty());
    }

    @Test
    void theDutchReportNamesTheAimAndTheFactAnAlternativeRestsOn() throws Exception {
        var proposal = """
                {"id": "p", "title": "t", "jurisdiction": "NL", "entryIntoForce": "2027-03-01",
                 "measures": [{"id": "asy", "type": "AP_SUSPEND_ASYLUM_APPLICATIONS",
                   "targetGroups": ["ASYLUM_APPLICANT"], "parameters": {"months": 3}}]}""";
        Report r = TestSupport.checker()
                .check(
                        proposal.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        ProposalFormat.JSON,
                        null,
                        Language.NL);
        var a = r.alternatives().get(0);
        assertThat(a.aims()).contains("Aankomsten en aanvragen aan de grens beheersen of verminderen");
        var crisis = a.alternatives().stream()
                .filter(x -> x.measure().type().equals("AP_REGISTRATION_TIME_LIMIT"))
                .findFirst()
                .orElseThrow();
        assertThat(crisis.closeness()).isEqualTo(1);
        assertThat(crisis.measure().parameters()).containsEntry("councilAuthorisation", true);
        assertThat(crisis.needs()).singleElement().asString().contains("machtiging bij uitvoeringsbesluit van de Raad");
        assertThat(crisis.permittedBy())
                .extracting(Report.SetBy::citations)
                .anySatisfy(c ->
                        assertThat(c).anySatisfy(x -> assertThat(x.instrument()).isEqualTo("CRISIS")));
        assertThat(ReportWriter.write(r, ReportFormat.TEXT)).contains("Alternatieven die hetzelfde doel nastreven");
    }

    @Test
    void aDesignDoesNotOverrideWhatTheCountryFactsSayOfANamedDestination() throws Exception {
        // The UK Supreme Court found Rwanda not safe for transfers (country facts): a transfer alternative for
        // a measure naming Rwanda may not rest on the destination not having been found unsafe.
        var proposal = """
                {"id": "p", "title": "t", "jurisdiction": "GB", "entryIntoForce": "2024-04-25",
                 "measures": [{"id": "m1", "type": "AP_EXTERNAL_PROCESSING", "targetGroups": ["ASYLUM_APPLICANT"],
                   "destinationCountry": "RW"}]}""";
        Report r = TestSupport.checker()
                .check(
                        proposal.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        ProposalFormat.JSON,
                        null,
                        Language.EN);
        var transfer = r.alternatives().get(0).alternatives().stream()
                .filter(x -> x.measure().type().equals("AP_TRANSFER_TO_THIRD_COUNTRY"))
                .findFirst();
        transfer.ifPresent(t -> {
            assertThat(t.measure().parameters()).doesNotContainKey("destinationFoundUnsafe");
            assertThat(t.needs()).isNull();
            assertThat(t.verdict()).isNotEqualTo(Verdict.COMPATIBLE);
        });
    }
}
