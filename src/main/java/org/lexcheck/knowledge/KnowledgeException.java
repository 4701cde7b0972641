package org.lexcheck.knowledge;

import java.util.List;

/** The knowledge base could not be loaded; each problem is one line, {@code FILE: message} where known. */
public class KnowledgeException extends RuntimeException {
    private final List<String> problems;

    public KnowledgeException(List<String> problems) {
        super("knowledge base invalid:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
