package org.lexcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.lexcheck.knowledge.FindingKind;

/**
 * Execution (contract section 4, {@code execution}): per measure, the kinds of act its findings
 * demand of the implementing authorities, how many findings demand each, which safeguards and
 * norms demand them, and the agencies of the report's state that perform them (from the
 * ontology's agency data; {@code agencyNote} says where none is recorded). The obligations listing
 * carries the same acts per obligation.
 */
public final class Execution {
    private Execution() {}

    /** A measure with its policy area and the acts it demands, most demanded first. */
    public record MeasureActs(String measure, String type, String area, List<Act> acts) {}

    /** An obligation of the state (its norm IRI) with the acts it demands. */
    public record ObligationActs(String norm, String area, List<Act> acts) {}

    /**
     * One kind of act: its code and label, {@code count} the demands (one per finding, or per
     * obligation, and safeguard), who demands it, the agencies, or a note that none is recorded.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Act(
            String actKind,
            String label,
            int count,
            List<Demand> demandedBy,
            List<AgencyRef> agencies,
            String agencyNote) {}

    /**
     * What demands an act: the safeguard (code and label; absent where the norm demands the act
     * itself), the norm the finding or obligation is titled after, its title and citations as text,
     * and the kind of the finding (absent in the obligations listing).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Demand(
            String safeguard,
            String safeguardLabel,
            String norm,
            String title,
            String citations,
            FindingKind finding) {}

    /**
     * An agency: its short name, its name in the report's language and in the national language,
     * its web address, what part it does where it does not do all ({@code scope}), and how far the
     * data on it were verified.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AgencyRef(
            String id,
            String shortName,
            String name,
            String nationalName,
            String website,
            String scope,
            String verification) {}
}
