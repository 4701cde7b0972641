package org.lexcheck.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lexcheck.assessment.AssessedFinding;
import org.lexcheck.assessment.Ground;
import org.lexcheck.knowledge.CaseLaw;
import org.lexcheck.knowledge.Language;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.proposal.Measure;

/**
 * How a finding was derived, in sentences a lawyer can follow: the measure facts, each norm and
 * why it is in force and reaches the measure, each rule that fired with what it compared, and
 * the case law applied (as settled by the assessment for the date).
 */
final class Derivations {
    private final Messages messages;
    private final Explanations explanations;
    private final Citations citations;
    private final Language language;

    Derivations(Messages messages, Explanations explanations, Citations citations, Language language) {
        this.messages = messages;
        this.explanations = explanations;
        this.citations = citations;
        this.language = language;
    }

    List<String> of(Measure m, AssessedFinding f, String jurisdiction, LocalDate date) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get(
                "derivation.measure",
                m.id(),
                m.type(),
                String.join(", ", m.targetGroups()),
                m.exemptions().isEmpty() ? "-" : String.join(", ", m.exemptions()),
                m.parameters().isEmpty() ? "-" : m.parameters().toString(),
                m.safeguards().isEmpty() ? "-" : String.join(", ", m.safeguards())));
        for (Norm n : f.norms()) {
            // Without exclusions the sentence says whom the norm reaches and stops ("not to nobody" read badly).
            lines.add(messages.get(
                    n.excludes().isEmpty() ? "derivation.norm" : "derivation.normExcluding",
                    n.label().in(language),
                    n.iri(),
                    citations.text(n.provisions()),
                    jurisdiction,
                    date.toString(),
                    messages.get("modality." + n.modality().name()),
                    n.appliesTo().isEmpty()
                            ? messages.get("derivation.everyone")
                            : String.join(", ", n.appliesTo().stream().sorted().toList()),
                    String.join(", ", n.excludes().stream().sorted().toList())));
        }
        for (Ground g : f.grounds()) {
            lines.add(messages.get(
                    "derivation.rule",
                    TextReport.ruleName(g.rule(), messages),
                    messages.get("kind." + g.kind().name()),
                    explanations.reason(g, m.type(), m.id())));
        }
        for (CaseLaw c : f.caseLaw()) {
            lines.add(messages.get(
                    "derivation.case",
                    c.name().in(language),
                    c.caseNumber(),
                    c.ecli() == null ? "-" : c.ecli(),
                    c.holding().in(language)));
        }
        return lines;
    }
}
