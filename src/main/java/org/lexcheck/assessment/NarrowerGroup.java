package org.lexcheck.assessment;

/**
 * A group a norm reaches only as part of a wider target group of the measure: the norm
 * protects {@code group} (refugees), the measure names {@code within} (third-country nationals).
 */
public record NarrowerGroup(String group, String within) {}
