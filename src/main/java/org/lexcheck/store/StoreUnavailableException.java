package org.lexcheck.store;

/**
 * The store could not be reached or did not answer (a SPARQL server down, restarting or
 * overloaded): nothing was read or written by the failed call, and it may be tried again later.
 * The service answers it as {@code 503} with {@code Retry-After}.
 */
public final class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
