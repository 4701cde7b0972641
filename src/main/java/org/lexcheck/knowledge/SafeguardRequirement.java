package org.lexcheck.knowledge;

/**
 * A safeguard a measure must include for the norm to be met; with a {@code condition} (may be
 * null), only where it applies (e.g. preDeparture = true).
 */
public record SafeguardRequirement(String safeguard, FindingKind breachKind, Condition condition)
        implements java.io.Serializable {}
