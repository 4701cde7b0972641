package org.lexcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.lexcheck.knowledge.Language;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.system.Checker;

/**
 * A verdict that rests on a fact the proposal asserts says so, with what the engine finds on
 * the other branch (issue 10, item 3): a reduction of material reception conditions that
 * "covers basic needs" is compatible only as long as it does.
 */
class AssumptionsTest {
    private static final String REDUCTION = """
            {"id": "nl-2027-reduction", "title": "Reduced allowance", "jurisdiction": "NL",
             "measures": [{"id": "m1", "type": "RC_REDUCE_MATERIAL_CONDITIONS",
                           "targetGroups": ["ASYLUM_APPLICANT"], "parameters": {%s}}]}
            """;

    private static Report check(String parameters, Language language) {
        Checker.Pinned pinned = TestSupport.checker().pin();
        var proposal =
                pinned.parse(REDUCTION.formatted(parameters).getBytes(StandardCharsets.UTF_8), ProposalFormat.JSON);
        return pinned.check(proposal, LocalDate.of(2027, 1, 1), language, false);
    }

    @Test
    void aStatedFactIsListedWithTheVerdictOnTheOtherBranch() {
        Report report = check("\"coversBasicNeeds\": true", Language.EN);
        assertThat(report.assumptions()).singleElement().satisfies(a -> {
            assertThat(a.measure()).isEqualTo("m1");
            assertThat(a.parameter()).isEqualTo("coversBasicNeeds");
            assertThat(a.stated()).isTrue();
            assertThat(a.alternative()).isFalse();
            assertThat(a.verdict()).isEqualTo(report.measures().get(0).verdict());
            assertThat(a.verdictIfAlternative()).isEqualTo(Verdict.CONFLICT);
            assertThat(a.changes()).isNotEmpty().allMatch(c -> c.contains(" -> "));
            assertThat(a.text()).contains("coversBasicNeeds", "true", "false", "CONFLICT");
        });
        assertThat(TextReport.render(report, new Messages(Language.EN)))
                .contains("Assumptions this assessment rests on:");
    }

    @Test
    void anUnstatedFactIsCheckedOnBothBranches() {
        Report report = check("", Language.NL);
        assertThat(report.assumptions())
                .extracting(Report.AssumptionRef::alternative)
                .containsExactly(true, false);
        assertThat(report.assumptions()).allSatisfy(a -> {
            assertThat(a.stated()).isNull();
            assertThat(a.verdict()).isNull();
            assertThat(a.text()).startsWith("Het voorstel vermeldt");
        });
    }
}
