package org.lexcheck.knowledge;

/** Weight of a breach of a norm; ABSOLUTE for non-derogable prohibitions. */
public enum Severity {
    ABSOLUTE,
    HIGH,
    MEDIUM,
    LOW
}
