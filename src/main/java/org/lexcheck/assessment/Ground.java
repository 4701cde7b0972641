package org.lexcheck.assessment;

import org.lexcheck.knowledge.Condition;
import org.lexcheck.knowledge.FindingKind;

/**
 * One reason behind a finding: what one rule concluded about the measure against one norm,
 * with the limit it compared or the safeguard it looked for, and the condition it assumed to
 * hold because the proposal does not state its parameter (null: nothing assumed).
 */
public record Ground(
        String normIri,
        FindingKind kind,
        Reason reason,
        String rule,
        LimitComparison limit,
        String safeguard,
        Condition assumed) {}
