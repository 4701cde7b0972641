package org.lexcheck.rules;

import java.util.List;

/** The DRL did not compile; each error is one line, {@code FILE:LINE: message} (line when known). */
public class RuleBuildException extends RuntimeException {
    private final List<String> errors;

    public RuleBuildException(List<String> errors) {
        super("rules do not compile:\n  " + String.join("\n  ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
