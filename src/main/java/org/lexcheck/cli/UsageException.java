package org.lexcheck.cli;

/** Bad usage of the command line: exit status 2 with this message. */
class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
