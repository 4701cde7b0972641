package org.lexcheck.engine;

import org.lexcheck.knowledge.Limit;
import org.lexcheck.knowledge.Norm;

/**
 * A limit of a norm that reaches a measure and binds it: no safeguard of the measure lifts the limit,
 * and the limit's condition holds or, its parameter unstated, is assumed to hold. Inserted by the
 * engine beside the {@link Reach} it belongs to, so that the rules on limits start from the limits
 * that bind, instead of each rule walking every limit of every norm that reaches.
 */
public record Bound(MeasureFact measure, Norm norm, Limit limit) {}
