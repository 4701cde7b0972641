package org.lexcheck.timeline;

import java.math.BigDecimal;
import java.util.List;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.knowledge.PersonPath;
import org.lexcheck.proposal.Measure;

/**
 * One path the proposal reaches: the stages its measures fill, in order, and each bound on the
 * path binding the state on the date, with the total it adds up and the outcome. Where measures
 * aim at given nationalities, the path is that of the worst-placed person and {@code nationality}
 * is theirs (null: a person of any nationality, or of one that no measure names).
 */
public record Timeline(
        PersonPath path, String nationality, List<Stage> stages, BigDecimal total, List<BoundCheck> bounds)
        implements java.io.Serializable {

    public Timeline {
        stages = List.copyOf(stages);
        bounds = List.copyOf(bounds);
    }

    /**
     * A stage filled by a measure: the one that sets the longest time ({@code months}, in months as
     * the stage's parameter is); {@code shorter} are the other measures that fill the same stage
     * and do not count (the longer of two alternatives counts).
     */
    public record Stage(PersonPath.Stage stage, Measure measure, BigDecimal months, List<String> shorter)
            implements java.io.Serializable {
        public Stage {
            shorter = List.copyOf(shorter);
        }
    }

    /** How a total compares with a bound. */
    public enum Outcome {
        WITHIN,
        RISK,
        CONFLICT;

        static Outcome of(FindingKind kind) {
            return kind == FindingKind.CONFLICT ? CONFLICT : RISK;
        }

        /** The finding kind of a total beyond the bound, or null within it. */
        public FindingKind findingKind() {
            return switch (this) {
                case WITHIN -> null;
                case RISK -> FindingKind.RISK;
                case CONFLICT -> FindingKind.CONFLICT;
            };
        }
    }

    /**
     * A bound held against the stages it covers: {@code months} is their total, {@code max} the
     * bound. Beyond it, {@code findingOn} is the measure that gets the finding (the one adding most
     * to the total), or null where {@code reportedOn} already has a finding of that kind or worse
     * under the same provisions (then no second finding is added).
     */
    public record BoundCheck(
            PersonPath.Bound bound,
            List<Stage> stages,
            BigDecimal months,
            BigDecimal max,
            Outcome outcome,
            String findingOn,
            String reportedOn)
            implements java.io.Serializable {
        public BoundCheck {
            stages = List.copyOf(stages);
        }
    }
}
