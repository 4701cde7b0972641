package org.lexcheck.manoeuvre;

import org.lexcheck.assessment.MeasureAssessment;

/**
 * A fact a measure asserts (or leaves unstated) that the assessment rests on, with the measure
 * as the engine finds it on the other branch: {@code stated} is the value the proposal gives
 * (null: not stated, in which case each branch gets its own entry), {@code alternative} the
 * value re-checked, and {@code ifAlternative} the measure's assessment with that value.
 */
public record StatedFact(
        String measure, String parameter, Boolean stated, boolean alternative, MeasureAssessment ifAlternative) {}
