package org.lexcheck.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.lexcheck.knowledge.KnowledgeBase;
import org.lexcheck.knowledge.KnowledgeException;
import org.lexcheck.knowledge.OntologyLoader;
import org.lexcheck.rules.RuleBase;
import org.lexcheck.rules.RuleBaseBuilder;
import org.lexcheck.rules.RuleBuildException;

/**
 * {@code lint}: the ontology satisfies its SHACL shapes, the DRL compiles, and every rule that
 * names a norm names one that exists. One line per problem; exit 1 on any.
 */
final class LintCommand {
    private LintCommand() {}

    static int run(Options options, PrintStream out) {
        List<String> problems = new ArrayList<>();
        KnowledgeBase kb = null;
        RuleBase rules = null;
        try {
            kb = OntologyLoader.load(options.ontology());
        } catch (KnowledgeException e) {
            problems.addAll(e.problems());
        }
        try {
            rules = RuleBaseBuilder.build(options.rules());
        } catch (RuleBuildException e) {
            problems.addAll(e.errors());
        }
        if (kb != null && rules != null) {
            for (RuleBase.RuleInfo rule : rules.rules()) {
                if (rule.norm() != null && kb.norm(rule.norm()) == null) {
                    problems.add("rules (" + rule.file() + "): rule \"" + rule.name() + "\" cites unknown norm " + rule.norm());
                }
            }
        }
        problems.forEach(out::println);
        out.println(problems.isEmpty() ? "lint: no problems" : "lint: " + problems.size() + " problem(s)");
        return problems.isEmpty() ? 0 : 1;
    }
}
