package org.lexcheck.web;

/** No stored check with this id that the reader may see: answered 404, as for one that does not exist. */
final class ReportNotFoundException extends RuntimeException {
    ReportNotFoundException() {
        super("no such report");
    }
}
