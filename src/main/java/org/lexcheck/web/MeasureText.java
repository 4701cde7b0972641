package org.lexcheck.web;

import java.util.ArrayList;
import java.util.List;
import org.lexcheck.knowledge.Language;
import org.lexcheck.knowledge.Vocabulary;
import org.lexcheck.proposal.Measure;

/** A measure in one line, for an alternative or an amended measure: its type, parameters and safeguards by label. */
final class MeasureText {
    private MeasureText() {}

    static String of(Measure m, Vocabulary vocabulary, Language language) {
        List<String> parts = new ArrayList<>();
        m.parameters()
                .forEach((name, value) ->
                        parts.add(vocabulary.parameterLabel(m.type(), name, language) + " = " + value));
        m.safeguards().forEach(s -> parts.add("+ " + vocabulary.label(s).in(language)));
        String type = vocabulary.label(m.type()).in(language);
        return parts.isEmpty() ? type : type + ": " + String.join(", ", parts);
    }
}
