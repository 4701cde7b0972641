package org.lexcheck.knowledge;

/**
 * A safeguard a measure must include for the norm to be met; when {@code whenParameter} is
 * set, only if that parameter has the value {@code whenValue} (e.g. preDeparture = true).
 */
public record SafeguardRequirement(String safeguard, FindingKind breachKind, String whenParameter, String whenValue) {}
