package org.lexcheck.referencecase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.lexcheck.knowledge.KnowledgeBase;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.knowledge.Provision;

/**
 * What the knowledge base and the reference cases cover: per measure type the norms that
 * regulate it, the rules that fired and the cases that reach it; per instrument the
 * provisions encoded. A measure type without a norm or without a case is a gap.
 */
public final class Coverage {
    private final KnowledgeBase kb;
    private final Map<String, Set<String>> rulesByType = new TreeMap<>();
    private final Map<String, Set<String>> casesByType = new TreeMap<>();
    private final Map<String, Set<String>> casesByRule = new TreeMap<>();
    private final Set<String> normsInCases = new TreeSet<>();

    public Coverage(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Records one case's measure types and the rules that fired in it. */
    public void add(ReferenceCaseRunner.Outcome outcome) {
        if (outcome.report() == null) return;
        String file = outcome.referenceCase().file();
        outcome.report()
                .measures()
                .forEach(m -> casesByType
                        .computeIfAbsent(m.type(), k -> new TreeSet<>())
                        .add(file));
        for (String rule : outcome.rulesFired())
            casesByRule.computeIfAbsent(rule, k -> new TreeSet<>()).add(file);
        outcome.report().findings().forEach(f -> {
            normsInCases.add(f.norm());
            if (f.norms() != null) normsInCases.addAll(f.norms());
        });
        outcome.report()
                .findings()
                .forEach(f -> outcome.report().measures().stream()
                        .filter(m -> m.id().equals(f.measure()))
                        .findFirst()
                        .ifPresent(m -> rulesByType
                                .computeIfAbsent(m.type(), k -> new TreeSet<>())
                                .add(f.rule())));
    }

    /** Measure types of the vocabulary with no norm or no reference case. */
    public List<String> gaps() {
        List<String> gaps = new ArrayList<>();
        for (String type : new TreeSet<>(kb.vocabulary().measureTypes().keySet())) {
            if (norms(type).isEmpty()) gaps.add(type + ": no norm regulates it");
            if (!casesByType.containsKey(type)) gaps.add(type + ": no reference case");
        }
        return gaps;
    }

    /** Provisions (by cited IRI, with their label) of norms that yield no finding in any case. */
    public Set<String> provisionsWithoutCase() {
        Set<String> provisions = new TreeSet<>();
        kb.norms().stream()
                .filter(n -> !normsInCases.contains(n.iri()))
                .flatMap(n -> n.provisions().stream())
                .forEach(p -> provisions.add(p.citedIri() + " (" + p.label() + ")"));
        return provisions;
    }

    /** Which rules fired in which cases, and the rules that fire in none. */
    public String renderRules(List<String> ruleNames) {
        StringBuilder out = new StringBuilder("Rules and the reference cases in which they fire\n");
        for (String rule : ruleNames) {
            Set<String> cases = casesOfRule(rule);
            out.append(String.format(
                    "  %-64s %3d case(s)%s%n", rule, cases.size(), cases.isEmpty() ? "  <- fires in no case" : ""));
            cases.stream().limit(3).forEach(c -> out.append("      ").append(c).append('\n'));
            if (cases.size() > 3) out.append("      ...\n");
        }
        Set<String> uncovered = provisionsWithoutCase();
        out.append("Provisions whose norms yield no finding in any case: ")
                .append(uncovered.size())
                .append('\n');
        uncovered.forEach(p -> out.append("  ").append(p).append('\n'));
        return out.toString();
    }

    public Set<String> casesOfRule(String rule) {
        return casesByRule.getOrDefault(rule, Set.of());
    }

    public String render(List<String> ruleNames) {
        StringBuilder out = new StringBuilder("Coverage by measure type\n");
        for (String type : new TreeSet<>(kb.vocabulary().measureTypes().keySet())) {
            List<Norm> norms = norms(type);
            out.append(String.format(
                    "  %-34s norms %3d  rules %2d  cases %3d%n",
                    type,
                    norms.size(),
                    rulesByType.getOrDefault(type, Set.of()).size(),
                    casesByType.getOrDefault(type, Set.of()).size()));
            for (Norm n : norms)
                out.append("      ")
                        .append(n.iri().substring(n.iri().lastIndexOf('/') + 1))
                        .append('\n');
        }
        out.append("Rules and the cases in which they fire\n");
        for (String rule : ruleNames) {
            out.append(String.format(
                    "  %-62s %3d case(s)%n", rule, casesOfRule(rule).size()));
        }
        out.append("Provisions encoded by instrument\n");
        Map<String, Set<String>> byInstrument = new TreeMap<>();
        kb.norms().stream()
                .flatMap(n -> java.util.stream.Stream.concat(n.provisions().stream(), n.readWith().stream()))
                .forEach(p -> byInstrument
                        .computeIfAbsent(p.instrumentCode(), k -> new TreeSet<>(Coverage::byArticle))
                        .add(articleLabel(p)));
        byInstrument.forEach(
                (code, provisions) -> out.append(String.format("  %-12s %s%n", code, String.join(", ", provisions))));
        return out.toString();
    }

    private List<Norm> norms(String type) {
        return kb.norms().stream().filter(n -> n.regulates().contains(type)).toList();
    }

    private static String articleLabel(Provision p) {
        return p.article() + (p.paragraph() == null ? "" : "(" + p.paragraph() + ")");
    }

    private static int byArticle(String a, String b) {
        int na = Integer.parseInt(a.replaceAll("\\D.*", "").isEmpty() ? "0" : a.replaceAll("\\D.*", ""));
        int nb = Integer.parseInt(b.replaceAll("\\D.*", "").isEmpty() ? "0" : b.replaceAll("\\D.*", ""));
        return na != nb ? Integer.compare(na, nb) : a.compareTo(b);
    }
}
