package org.lexcheck.report;

import java.util.Set;
import org.lexcheck.knowledge.KnowledgeBase;
import org.lexcheck.knowledge.Language;
import org.lexcheck.obligation.StateObligations;

/** Builds the obligations of a state on a date as lawyers read them, in English or Dutch. */
public final class ObligationsReportBuilder {
    private final KnowledgeBase kb;
    private final String engineVersion;

    public ObligationsReportBuilder(KnowledgeBase kb, String engineVersion) {
        this.kb = kb;
        this.engineVersion = engineVersion;
    }

    public ObligationsReport build(StateObligations.Listing listing, String rulesVersion, Language language) {
        Messages messages = new Messages(language);
        Citations citations = new Citations(messages, kb.instruments(), language);
        Explanations explanations = new Explanations(messages, kb.vocabulary(), language, Set.of());
        ManoeuvreTexts texts = new ManoeuvreTexts(messages, explanations, kb.vocabulary(), citations, language);
        return new ObligationsReport(
                listing.jurisdiction(),
                listing.date().toString(),
                listing.area(),
                language.code(),
                listing.obligations().stream()
                        .map(o -> ReportBuilder.normRef(
                                o.area(), o.norm(), o.forWhom(), o.excluding(), texts, citations, messages, language))
                        .toList(),
                ReportBuilder.instruments(listing.instruments(), true, language),
                ReportBuilder.instruments(listing.instruments(), false, language),
                new ExecutionTexts(kb, citations, messages, language).of(listing),
                new Report.Provenance(rulesVersion, kb.version(), engineVersion));
    }

    /** Plain text: the obligations by area, each with its citations, bounds and for whom, then the instruments. */
    public static String text(ObligationsReport r) {
        Messages m =
                new Messages(org.lexcheck.knowledge.Language.of(r.language()).orElseThrow());
        StringBuilder out = new StringBuilder();
        out.append(m.get("obligations.title", r.jurisdiction(), r.referenceDate()))
                .append('\n');
        if (r.area() != null) out.append(m.get("obligations.area", r.area())).append('\n');
        out.append(m.get("obligations.count", r.obligations().size())).append("\n\n");
        String area = null;
        int i = 0;
        for (Report.OptionRef o : r.obligations()) {
            Execution.ObligationActs acts = r.execution().get(i++);
            if (!o.area().equals(area)) {
                area = o.area();
                out.append(area).append('\n');
            }
            out.append("  ")
                    .append(TextReport.citations(o.citations(), m))
                    .append(" - ")
                    .append(o.title())
                    .append('\n');
            TextReport.wrap(out, o.bounds() + " (" + String.join(", ", o.forWhom()) + ")", "      ");
            ExecutionTexts.obligationText(out, acts, m);
        }
        out.append('\n');
        TextReport.footer(out, r.instrumentsChecked(), r.instrumentsNotApplied(), r.provenance(), m);
        return out.toString();
    }
}
