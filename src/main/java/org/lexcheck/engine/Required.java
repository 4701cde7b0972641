package org.lexcheck.engine;

import org.lexcheck.knowledge.Norm;
import org.lexcheck.knowledge.SafeguardRequirement;

/**
 * A safeguard that a norm reaching a measure requires of it: the requirement's condition holds or,
 * its parameter unstated, is assumed to hold. Inserted by the engine beside the {@link Reach} it
 * belongs to; whether the measure has the safeguard is the rules' question.
 */
public record Required(MeasureFact measure, Norm norm, SafeguardRequirement requirement) {}
