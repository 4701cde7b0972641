package org.lexcheck.engine;

import org.lexcheck.knowledge.Norm;

/**
 * A norm in force for the state and date that reaches a measure: it regulates the measure's
 * type and concerns persons the measure affects. Inserted by the engine; rules start from it.
 */
public record Reach(MeasureFact measure, Norm norm) {}
