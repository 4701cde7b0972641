package org.lexcheck.engine;

/** A check was cut off by the firing or time limit: its result is not reported as a pass. */
public class CheckLimitExceededException extends RuntimeException {
    public CheckLimitExceededException(String message) {
        super(message);
    }
}
