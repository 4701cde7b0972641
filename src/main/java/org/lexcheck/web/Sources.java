package org.lexcheck.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lexcheck.knowledge.Language;
import org.lexcheck.report.Messages;
import org.lexcheck.report.Report;
import org.lexcheck.report.ReportFinding;

/**
 * Citations and judgments as text with a link to the source where the report gives one: an
 * instrument's ELI (EUR-Lex) as the report lists it among the instruments checked; a judgment of
 * the Court of Justice on CURIA by its case number, one of the Court of Human Rights on HUDOC by its
 * application number. Nothing is linked that the report does not identify.
 */
public final class Sources {
    /** A text, and where to read it ({@code href} null when there is no link). */
    public record Link(String text, String href, String note) {}

    private final Messages messages;
    private final Map<String, String> instrumentIris;
    private final Language language;

    Sources(Report report, Messages messages, Language language) {
        this.messages = messages;
        this.language = language;
        this.instrumentIris = report.instrumentsChecked() == null
                ? Map.of()
                : report.instrumentsChecked().stream()
                        .filter(i -> i.iri() != null)
                        .collect(Collectors.toMap(Report.InstrumentRef::code, Report.InstrumentRef::iri, (a, b) -> a));
    }

    /** A provision as the report's text forms write it ("ECHR Art 8", "art. 8 EVRM"). */
    public Link citation(ReportFinding.Citation c) {
        StringBuilder where = new StringBuilder();
        if (c.paragraph() != null) {
            where.append(messages.get(
                    c.paragraph().chars().allMatch(Character::isDigit) ? "citation.paragraph" : "citation.section",
                    c.paragraph()));
        }
        if (c.point() != null) {
            String special = messages.has("citation.point." + c.point().replace(' ', '_'));
            where.append(special != null ? special : messages.get("citation.point", c.point()));
        }
        String label = c.instrumentLabel() == null ? c.instrument() : c.instrumentLabel();
        String text = messages.get("citation", label, c.article(), where.toString());
        return new Link(text, eli(instrumentIris.get(c.instrument())), null);
    }

    public List<Link> citations(List<ReportFinding.Citation> citations) {
        return citations == null
                ? List.of()
                : citations.stream().map(this::citation).toList();
    }

    /** An instrument's link: its ELI, which EUR-Lex resolves; none for an identifier of lexcheck's own. */
    public static String eli(String iri) {
        return iri != null && iri.startsWith("http://data.europa.eu/eli/") ? iri : null;
    }

    public Link instrument(Report.InstrumentRef i) {
        return new Link(i.label() == null ? i.code() : i.label(), eli(i.iri()), i.title());
    }

    /** A judgment: "M.A. v. Denmark (ECtHR, 6697/18, 2021-07-09)", linked to CURIA or HUDOC. */
    public Link judgment(ReportFinding.CaseRef c) {
        String text = (c.name() == null ? "" : c.name() + " ")
                + "("
                + String.join(
                        ", ",
                        java.util.stream.Stream.of(c.court(), c.caseNumber(), c.date())
                                .filter(s -> s != null && !s.isBlank())
                                .toList())
                + ")";
        return new Link(text, judgmentUrl(c, language), c.ecli());
    }

    public static String judgmentUrl(ReportFinding.CaseRef c, Language language) {
        if (c.caseNumber() == null || c.caseNumber().isBlank()) return null;
        String number = c.caseNumber().split("[,;]")[0].replace(" PPU", "").strip();
        if ("CJEU".equals(c.court()) || number.matches("[CT]-\\d+/\\d+")) {
            return "https://curia.europa.eu/juris/liste.jsf?num=" + encode(number) + "&language=" + language.code();
        }
        if ("ECtHR".equals(c.court()) && number.matches("\\d+/\\d+")) {
            return "https://hudoc.echr.coe.int/eng#{%22appno%22:[%22" + number + "%22]}";
        }
        return null;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
