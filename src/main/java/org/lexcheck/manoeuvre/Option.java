package org.lexcheck.manoeuvre;

import java.util.List;
import org.lexcheck.knowledge.Norm;

/** A permission in force that the proposal does not use yet, in a policy area it touches, and for whom it holds. */
public record Option(String area, Norm norm, List<String> forWhom, List<String> excluding) {}
