package org.lexcheck.proposal;

/** A proposal larger than the service reads: 413 over REST, exit 2 on the command line. */
public class ProposalTooLargeException extends InvalidProposalException {
    public ProposalTooLargeException(int maxBytes) {
        super("(body)", "proposal larger than " + maxBytes + " bytes");
    }
}
