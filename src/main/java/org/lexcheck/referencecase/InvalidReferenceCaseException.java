package org.lexcheck.referencecase;

import java.nio.file.Path;
import org.lexcheck.proposal.InvalidProposalException;

/** A reference case file that cannot be read as one: names the file, the key and the allowed values. */
public class InvalidReferenceCaseException extends RuntimeException {
    public InvalidReferenceCaseException(Path file, InvalidProposalException cause) {
        super(file + ": " + cause.describe(), cause);
    }
}
