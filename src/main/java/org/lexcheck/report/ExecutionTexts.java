package org.lexcheck.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lexcheck.assessment.AssessedFinding;
import org.lexcheck.assessment.Assessment;
import org.lexcheck.assessment.Ground;
import org.lexcheck.assessment.MeasureAssessment;
import org.lexcheck.execution.ExecutionCatalogue;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.knowledge.KnowledgeBase;
import org.lexcheck.knowledge.Language;
import org.lexcheck.knowledge.Limit;
import org.lexcheck.knowledge.Norm;
import org.lexcheck.knowledge.SafeguardRequirement;
import org.lexcheck.obligation.StateObligations;
import org.springframework.web.util.HtmlUtils;

/**
 * Sums the acts that findings and obligations demand of the implementing authorities (issue 11,
 * item 8), names the agencies of the state from the ontology's data, and renders the section as
 * text and HTML. A finding demands the acts of every safeguard its grounds looked for (present or
 * missing), of every safeguard the measure takes on that lifts one of its norms' bounds, and the
 * acts its norms demand of their own; one demand per finding and safeguard.
 */
final class ExecutionTexts {
    private final KnowledgeBase kb;
    private final ExecutionCatalogue catalogue;
    private final Citations citations;
    private final Messages messages;
    private final Language language;

    ExecutionTexts(KnowledgeBase kb, Citations citations, Messages messages, Language language) {
        this.kb = kb;
        this.catalogue = kb.execution();
        this.citations = citations;
        this.messages = messages;
        this.language = language;
    }

    /** Per measure of the assessment, the acts its findings demand (a measure without findings has none). */
    List<Execution.MeasureActs> of(Assessment assessment) {
        List<Execution.MeasureActs> out = new ArrayList<>();
        for (MeasureAssessment m : assessment.measures()) {
            String area = kb.vocabulary().measureTypeAreas().get(m.measure().type());
            Map<String, Map<String, Execution.Demand>> demands = new LinkedHashMap<>();
            for (AssessedFinding f : m.findings()) {
                Set<String> safeguards = new LinkedHashSet<>();
                for (Ground g : f.grounds()) if (g.safeguard() != null) safeguards.add(g.safeguard());
                for (Norm n : f.norms())
                    for (String s : liftingSafeguards(n))
                        if (m.measure().safeguards().contains(s)) safeguards.add(s);
                String title = f.norm().label().in(language);
                String cited = citations.text(f.citations());
                for (String s : safeguards)
                    for (String act : catalogue.actsOfSafeguard(s))
                        add(demands, act, f.key() + "|" + s, demand(s, f.norm(), title, cited, f.kind()));
                for (Norm n : f.norms())
                    for (String act : catalogue.actsOfNorm(n.iri()))
                        add(demands, act, f.key() + "|", demand(null, f.norm(), title, cited, f.kind()));
            }
            out.add(new Execution.MeasureActs(
                    m.measure().id(),
                    m.measure().type(),
                    area,
                    acts(
                            demands,
                            assessment.jurisdiction(),
                            area,
                            Set.of(m.measure().type()),
                            assessment.referenceDate())));
        }
        return out;
    }

    /** Per obligation of the listing, the acts it demands: its own and those of the safeguards it requires. */
    List<Execution.ObligationActs> of(StateObligations.Listing listing) {
        List<Execution.ObligationActs> out = new ArrayList<>();
        for (StateObligations.StateObligation o : listing.obligations()) {
            Norm n = o.norm();
            Map<String, Map<String, Execution.Demand>> demands = new LinkedHashMap<>();
            String title = n.label().in(language);
            String cited = citations.text(n.provisions());
            for (SafeguardRequirement r : n.safeguardRequirements())
                for (String act : catalogue.actsOfSafeguard(r.safeguard()))
                    add(demands, act, r.safeguard(), demand(r.safeguard(), n, title, cited, null));
            for (String act : catalogue.actsOfNorm(n.iri())) add(demands, act, "", demand(null, n, title, cited, null));
            out.add(new Execution.ObligationActs(
                    n.iri(), o.area(), acts(demands, listing.jurisdiction(), o.area(), n.regulates(), listing.date())));
        }
        return out;
    }

    /** The safeguards that lift a bound or a bar of the norm where the measure has them. */
    private static Set<String> liftingSafeguards(Norm n) {
        Set<String> out = new LinkedHashSet<>(n.unlessSafeguards());
        for (Limit l : n.limits()) out.addAll(l.unlessSafeguards());
        return out;
    }

    private Execution.Demand demand(String safeguard, Norm norm, String title, String cited, FindingKind kind) {
        return new Execution.Demand(
                safeguard,
                safeguard == null ? null : kb.vocabulary().label(safeguard).in(language),
                norm.iri(),
                title,
                cited,
                kind);
    }

    private static void add(
            Map<String, Map<String, Execution.Demand>> demands, String act, String key, Execution.Demand d) {
        demands.computeIfAbsent(act, k -> new LinkedHashMap<>()).putIfAbsent(key, d);
    }

    /** The acts, most demanded first, then by code, each with the agencies of the state for the area. */
    private List<Execution.Act> acts(
            Map<String, Map<String, Execution.Demand>> demands,
            String state,
            String area,
            Set<String> measureTypes,
            LocalDate date) {
        List<Execution.Act> acts = new ArrayList<>();
        demands.forEach((act, byKey) -> {
            List<Execution.AgencyRef> agencies = catalogue.agencies(state, act, area, measureTypes, date).stream()
                    .map(a -> new Execution.AgencyRef(
                            a.agency().iri(),
                            a.agency().shortName(),
                            language == Language.NL
                                    ? a.agency().nationalName("nl")
                                    : a.agency().name(),
                            a.agency().nationalName(language.code()),
                            a.agency().website(),
                            a.role().scopeNote().isEmpty()
                                    ? null
                                    : a.role()
                                            .scopeNote()
                                            .getOrDefault(
                                                    language.code(),
                                                    a.role().scopeNote().get("en")),
                            a.agency().verification()))
                    .toList();
            acts.add(new Execution.Act(
                    act,
                    catalogue.actKind(act).label(language.code()),
                    byKey.size(),
                    List.copyOf(byKey.values()),
                    agencies,
                    agencies.isEmpty() ? messages.get("execution.noAgency", state) : null));
        });
        acts.sort(Comparator.comparing((Execution.Act a) -> -a.count()).thenComparing(Execution.Act::actKind));
        return acts;
    }

    // ------------------------------------------------------------ rendering

    /** "IND (Immigratie- en Naturalisatiedienst)", with the scope where the agency does only part. */
    static String agencies(Execution.Act a) {
        if (a.agencies().isEmpty()) return a.agencyNote();
        return String.join(
                "; ",
                a.agencies().stream()
                        .map(g -> g.shortName() + " (" + g.name() + (g.scope() == null ? "" : ", " + g.scope()) + ")")
                        .toList());
    }

    /** The section in a text report: per measure with acts, each act with its count, agencies and demands. */
    static void text(StringBuilder out, Report r, Messages m) {
        if (r.execution() == null
                || r.execution().stream().allMatch(x -> x.acts().isEmpty())) return;
        out.append(m.get("text.execution", r.jurisdiction())).append('\n');
        for (Execution.MeasureActs x : r.execution()) {
            if (x.acts().isEmpty()) continue;
            out.append("  ").append(x.measure()).append(" (").append(x.type()).append(")\n");
            for (Execution.Act a : x.acts()) {
                TextReport.wrap(
                        out, a.label() + " (" + a.actKind() + "), " + m.get("execution.count", a.count()), "    ");
                TextReport.wrap(out, m.get("execution.by") + " " + agencies(a), "      ");
                for (Execution.Demand d : a.demandedBy()) TextReport.wrap(out, "- " + demand(d, m), "      ");
            }
        }
        out.append('\n');
    }

    /** One demand: "INDIVIDUAL_ASSESSMENT: ECHR Art 8 (CONFLICT)", or "norm: ECHR Art 8 (CONFLICT)" where the norm demands the act itself. */
    static String demand(Execution.Demand d, Messages m) {
        String who = d.safeguard() == null ? m.get("execution.byNorm") : d.safeguard();
        return who + ": " + d.citations() + (d.finding() == null ? "" : " (" + d.finding() + ")");
    }

    /** The acts of one obligation in the obligations text, on one wrapped line. */
    static void obligationText(StringBuilder out, Execution.ObligationActs o, Messages m) {
        String acts = o.acts().isEmpty()
                ? m.get("execution.notRecorded")
                : String.join(
                        "; ",
                        o.acts().stream()
                                .map(a -> a.label() + ": " + agencies(a))
                                .toList());
        TextReport.wrap(out, m.get("execution.acts") + " " + acts, "      ");
    }

    /** The section in the HTML report: one table per measure with acts. */
    static void html(StringBuilder h, Report r, Messages m) {
        if (r.execution() == null
                || r.execution().stream().allMatch(x -> x.acts().isEmpty())) return;
        h.append("<h2>").append(e(m.get("text.execution", r.jurisdiction()))).append("</h2>\n");
        for (Execution.MeasureActs x : r.execution()) {
            if (x.acts().isEmpty()) continue;
            h.append("<h3>")
                    .append(e(x.measure()))
                    .append(" <small>")
                    .append(e(x.type()))
                    .append("</small></h3>\n");
            h.append("<table><tr><th>")
                    .append(e(m.get("html.act")))
                    .append("</th><th>")
                    .append(e(m.get("html.count")))
                    .append("</th><th>")
                    .append(e(m.get("html.agency")))
                    .append("</th><th>")
                    .append(e(m.get("html.demandedBy")))
                    .append("</th></tr>\n");
            for (Execution.Act a : x.acts()) {
                h.append("<tr><td>")
                        .append(e(a.label()))
                        .append("</td><td>")
                        .append(a.count())
                        .append("</td><td>");
                if (a.agencies().isEmpty()) h.append(e(a.agencyNote()));
                for (Execution.AgencyRef g : a.agencies()) {
                    String name = e(g.shortName() + " (" + g.name() + ")");
                    h.append(g.website() == null ? name : "<a href=\"" + e(g.website()) + "\">" + name + "</a>");
                    if (g.scope() != null)
                        h.append(" <small>").append(e(g.scope())).append("</small>");
                    h.append("<br>");
                }
                h.append("</td><td>");
                h.append(e(String.join(
                        "; ", a.demandedBy().stream().map(d -> demand(d, m)).toList())));
                h.append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
    }

    private static String e(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s);
    }
}
