package org.lexcheck.report;

import java.util.List;
import java.util.Map;
import org.lexcheck.knowledge.Instrument;
import org.lexcheck.knowledge.Language;
import org.lexcheck.knowledge.Provision;

/**
 * Citations of provisions in the report's language: the instrument's code stays for machines,
 * {@code instrumentLabel} and the text form follow the language ("ECHR Art 8", "art. 8 EVRM").
 */
final class Citations {
    private final Messages messages;
    private final Map<String, Instrument> instruments;
    private final Language language;

    Citations(Messages messages, Map<String, Instrument> instruments, Language language) {
        this.messages = messages;
        this.instruments = instruments;
        this.language = language;
    }

    ReportFinding.Citation of(Provision p) {
        Instrument i = instruments.get(p.instrumentIri());
        String label = i == null ? p.instrumentCode() : i.abbreviation(language);
        return new ReportFinding.Citation(
                p.instrumentCode(), label, p.article(), p.paragraph(), p.point(), p.citedIri());
    }

    List<ReportFinding.Citation> of(List<Provision> provisions) {
        return provisions.stream().map(this::of).toList();
    }

    /** The provisions as text, joined by "; ". */
    String text(List<Provision> provisions) {
        return String.join(
                "; ", provisions.stream().map(p -> text(of(p), messages, true)).toList());
    }

    /** One citation as text; with {@code withPoint} down to its point. */
    static String text(ReportFinding.Citation c, Messages m, boolean withPoint) {
        StringBuilder where = new StringBuilder();
        if (c.paragraph() != null) {
            where.append(m.get(
                    c.paragraph().chars().allMatch(Character::isDigit) ? "citation.paragraph" : "citation.section",
                    c.paragraph()));
        }
        if (withPoint && c.point() != null) {
            String special = m.has("citation.point." + c.point().replace(' ', '_'));
            where.append(special != null ? special : m.get("citation.point", c.point()));
        }
        String label = c.instrumentLabel() == null ? c.instrument() : c.instrumentLabel();
        return m.get("citation", label, c.article(), where.toString());
    }
}
