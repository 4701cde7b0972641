package org.lexcheck.api;

import java.util.List;
import org.lexcheck.proposal.InvalidProposalException;

/** A Content-Type or Accept the service cannot serve (415 / 406). */
class UnsupportedFormatException extends InvalidProposalException {
    UnsupportedFormatException(String field, String message, List<String> allowed) {
        super(field, message, allowed);
    }
}
