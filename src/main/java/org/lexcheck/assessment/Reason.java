package org.lexcheck.assessment;

/** Why a rule produced a finding; each has a sentence in the report's messages. */
public enum Reason {
    CEILING_EXCEEDED,
    FLOOR_NOT_MET,
    VALUE_NOT_ALLOWED,
    LIMIT_MET,
    PARAMETER_NOT_STATED,
    SAFEGUARD_MISSING,
    SAFEGUARD_PRESENT,
    MEASURE_BARRED,
    BAR_LIFTED,
    PERMISSION_USED,
    CUMULATIVE_CEILING_EXCEEDED,
    COMPARATOR_NOT_STATED,
    AMOUNT_TO_BE_JUSTIFIED
}
