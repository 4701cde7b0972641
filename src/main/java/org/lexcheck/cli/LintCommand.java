package org.lexcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lexcheck.knowledge.KnowledgeBase;
import org.lexcheck.knowledge.KnowledgeException;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.knowledge.SourceFiles;
import org.lexcheck.proposal.InvalidProposalException;
import org.lexcheck.proposal.ProposalValidator;
import org.lexcheck.referencecase.ReferenceCaseLoader;
import org.lexcheck.rules.NormContent;
import org.lexcheck.rules.RuleBase;
import org.lexcheck.rules.RuleBuildException;
import org.lexcheck.system.BuiltVersions;

/**
 * {@code lint}: the ontology satisfies its SHACL shapes, the DRL compiles, every rule that names
 * a norm names one that exists, every norm's checks are applied by some rule, and the reference
 * cases use known codes. One line per problem; exit 1 on any.
 */
final class LintCommand {
    private LintCommand() {}

    /** A norm whose limits, safeguard requirements, bar or permission no rule applies would never yield a finding. */
    static List<String> unreachedNorms(KnowledgeBase kb, RuleBase rules) {
        List<String> problems = new ArrayList<>();
        for (Norm n : kb.norms()) {
            boolean specific = rules.rules().stream().anyMatch(r -> n.iri().equals(r.norm()));
            for (NormContent need : NormContent.of(n)) {
                boolean generic = rules.rules().stream().anyMatch(r -> r.content() == need);
                if (!generic && !specific) {
                    problems.add("ontology: norm " + n.iri() + " has " + need.metadata() + " but no rule applies it");
                }
            }
        }
        return problems;
    }

    /** {@code @applies} takes a value from the closed list of {@link NormContent}; a rule without it must name a norm. */
    static List<String> ruleMetadata(RuleBase rules) {
        List<String> problems = new ArrayList<>();
        for (RuleBase.RuleInfo rule : rules.rules()) {
            if (rule.applies() != null && rule.content() == null) {
                problems.add("rules (" + rule.packageName() + "): rule \"" + rule.name() + "\" has @applies(\""
                        + rule.applies() + "\"), not one of "
                        + Arrays.stream(NormContent.values())
                                .map(NormContent::metadata)
                                .toList());
            }
            if (rule.applies() == null && rule.norm() == null) {
                problems.add("rules (" + rule.packageName() + "): rule \"" + rule.name()
                        + "\" has neither @applies nor @norm");
            }
        }
        return problems;
    }

    /** Every reference case's proposal uses known codes, as a check would require. */
    static List<String> referenceCaseCodes(KnowledgeBase kb, Path dir) {
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) return problems;
        ProposalValidator validator = new ProposalValidator(kb.vocabulary());
        try {
            for (Path file : ReferenceCaseLoader.files(dir)) {
                try {
                    validator.validate(ReferenceCaseLoader.load(file).proposal());
                } catch (InvalidProposalException e) {
                    problems.add(file + ":1: proposal." + e.describe());
                }
            }
        } catch (IOException e) {
            problems.add(dir + ": cannot read: " + e.getMessage());
        }
        return problems;
    }

    static int run(Options options, PrintStream out) {
        List<String> problems = new ArrayList<>();
        KnowledgeBase kb = null;
        RuleBase rules = null;
        try {
            kb = BuiltVersions.knowledge(SourceFiles.locate(options.ontology(), "ontology", ".ttl"));
        } catch (KnowledgeException e) {
            problems.addAll(e.problems());
        }
        try {
            rules = BuiltVersions.rules(SourceFiles.locate(options.rules(), "rules", ".drl"));
        } catch (RuleBuildException e) {
            problems.addAll(e.errors());
        }
        if (kb != null && rules != null) {
            for (RuleBase.RuleInfo rule : rules.rules()) {
                if (rule.norm() != null && kb.norm(rule.norm()) == null) {
                    problems.add("rules (" + rule.packageName() + "): rule \"" + rule.name() + "\" cites unknown norm "
                            + rule.norm());
                }
            }
            problems.addAll(ruleMetadata(rules));
            problems.addAll(unreachedNorms(kb, rules));
        }
        if (kb != null) problems.addAll(referenceCaseCodes(kb, Path.of("test-cases")));
        problems.forEach(out::println);
        out.println(problems.isEmpty() ? "lint: no problems" : "lint: " + problems.size() + " problem(s)");
        return problems.isEmpty() ? 0 : 1;
    }
}
