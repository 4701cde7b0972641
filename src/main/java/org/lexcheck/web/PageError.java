package org.lexcheck.web;

import java.util.List;
import org.lexcheck.proposal.InvalidProposalException;

/** The validator's refusal as the form shows it: the field, what is wrong, the allowed values (at most 30 shown). */
public record PageError(String field, String message, List<String> allowed, int moreAllowed) {
    static final int SHOWN = 30;

    public static PageError of(InvalidProposalException e) {
        List<String> allowed = e.allowed();
        return new PageError(
                e.field(),
                e.getMessage(),
                allowed.subList(0, Math.min(SHOWN, allowed.size())),
                Math.max(0, allowed.size() - SHOWN));
    }
}
