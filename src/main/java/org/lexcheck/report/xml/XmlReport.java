package org.lexcheck.report.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;
import org.lexcheck.report.Report;
import org.lexcheck.report.ReportFinding;

/**
 * The report as JAXB writes it: the same tree and names as the JSON report. JAXB cannot bind
 * records, so this mirrors {@link Report}; {@link #of(Report)} copies one into the other.
 */
@XmlRootElement(name = "report")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
        name = "Report",
        propOrder = {
            "proposal",
            "jurisdiction",
            "referenceDate",
            "language",
            "summary",
            "measures",
            "findings",
            "effectiveLimits",
            "options",
            "obligations",
            "alternatives",
            "assumptions",
            "instrumentsChecked",
            "instrumentsNotApplied",
            "timelines",
            "execution",
            "pendingLaw",
            "provenance"
        })
public class XmlReport {
    public Proposal proposal;
    public String jurisdiction;
    public String referenceDate;
    public String language;
    public Summary summary;

    @XmlElementWrapper(name = "measures")
    @XmlElement(name = "measure")
    public List<MeasureVerdict> measures;

    @XmlElementWrapper(name = "findings")
    @XmlElement(name = "finding")
    public List<Finding> findings;

    @XmlElementWrapper(name = "effectiveLimits")
    @XmlElement(name = "effectiveLimit")
    public List<EffectiveLimit> effectiveLimits;

    @XmlElementWrapper(name = "options")
    @XmlElement(name = "option")
    public List<OptionItem> options;

    @XmlElementWrapper(name = "obligations")
    @XmlElement(name = "obligation")
    public List<ObligationItem> obligations;

    @XmlElementWrapper(name = "alternatives")
    @XmlElement(name = "alternativesFor")
    public List<AlternativesItem> alternatives;

    @XmlElementWrapper(name = "assumptions")
    @XmlElement(name = "assumption")
    public List<Assumption> assumptions;

    @XmlElementWrapper(name = "instrumentsChecked")
    @XmlElement(name = "instrument")
    public List<Instrument> instrumentsChecked;

    @XmlElementWrapper(name = "instrumentsNotApplied")
    @XmlElement(name = "instrument")
    public List<Instrument> instrumentsNotApplied;

    @XmlElementWrapper(name = "timelines")
    @XmlElement(name = "timeline")
    public List<XmlTimeline> timelines;

    @XmlElementWrapper(name = "execution")
    @XmlElement(name = "measure")
    public List<XmlExecution.MeasureActs> execution;

    @XmlElementWrapper(name = "pendingLaw")
    @XmlElement(name = "instrument")
    public List<Pending> pendingLaw;

    public Provenance provenance;

    public static XmlReport of(Report r) {
        XmlReport x = new XmlReport();
        x.proposal = new Proposal(r.proposal().id(), r.proposal().title());
        x.jurisdiction = r.jurisdiction();
        x.referenceDate = r.referenceDate();
        x.language = r.language();
        x.summary = new Summary(r.summary());
        x.measures = r.measures().stream().map(MeasureVerdict::new).toList();
        x.findings = r.findings().stream().map(Finding::new).toList();
        x.effectiveLimits = r.effectiveLimits() == null
                ? null
                : r.effectiveLimits().stream().map(EffectiveLimit::new).toList();
        x.options = r.options() == null
                ? null
                : r.options().stream().map(OptionItem::new).toList();
        x.obligations = r.obligations() == null
                ? null
                : r.obligations().stream().map(ObligationItem::new).toList();
        x.alternatives = r.alternatives() == null
                ? null
                : r.alternatives().stream().map(AlternativesItem::new).toList();
        x.assumptions = r.assumptions() == null
                ? null
                : r.assumptions().stream().map(Assumption::new).toList();
        x.instrumentsChecked =
                r.instrumentsChecked().stream().map(Instrument::new).toList();
        x.instrumentsNotApplied =
                r.instrumentsNotApplied().stream().map(Instrument::new).toList();
        x.timelines = r.timelines() == null
                ? null
                : r.timelines().stream().map(XmlTimeline::new).toList();
        x.execution = XmlExecution.of(r.execution());
        x.pendingLaw = r.pendingLaw() == null
                ? null
                : r.pendingLaw().stream().map(Pending::new).toList();
        x.provenance = new Provenance(r.provenance());
        return x;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Proposal {
        @XmlAttribute
        public String id;

        public String title;

        Proposal() {}

        Proposal(String id, String title) {
            this.id = id;
            this.title = title;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Summary")
    public static class Summary {
        public String verdict;
        public int conflicts;
        public int risks;
        public int measures;
        public int notAssessed;

        Summary() {}

        Summary(Report.Summary s) {
            verdict = s.verdict().name();
            conflicts = s.conflicts();
            risks = s.risks();
            measures = s.measures();
            notAssessed = s.notAssessed();
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "MeasureVerdict")
    public static class MeasureVerdict {
        @XmlAttribute
        public String id;

        @XmlAttribute
        public String type;

        @XmlAttribute
        public String verdict;

        @XmlAttribute
        public String reason;

        public String note;

        @XmlElement(name = "nationality")
        public List<String> nationalities;

        public String destinationCountry;

        MeasureVerdict() {}

        MeasureVerdict(Report.MeasureVerdict m) {
            id = m.id();
            type = m.type();
            verdict = m.verdict().name();
            reason = m.reason() == null ? null : m.reason().name();
            note = m.note();
            nationalities = m.nationalities();
            destinationCountry = m.destinationCountry();
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(
            name = "Finding",
            propOrder = {
                "norm",
                "norms",
                "obligation",
                "title",
                "citations",
                "caseLaw",
                "limit",
                "explanation",
                "assumptions",
                "remedy",
                "remedies",
                "rule",
                "derivation"
            })
    public static class Finding {
        @XmlAttribute
        public String measure;

        @XmlAttribute
        public String kind;

        @XmlAttribute
        public String severity;

        /** True for a finding drawn from pending law; absent otherwise. */
        @XmlAttribute
        public Boolean pending;

        public String norm;

        @XmlElementWrapper(name = "norms")
        @XmlElement(name = "norm")
        public List<String> norms;

        public String obligation;
        public String title;

        @XmlElementWrapper(name = "citations")
        @XmlElement(name = "citation")
        public List<Citation> citations;

        @XmlElementWrapper(name = "caseLaw")
        @XmlElement(name = "case")
        public List<CaseRef> caseLaw;

        public Limit limit;
        public String explanation;

        @XmlElementWrapper(name = "assumptions")
        @XmlElement(name = "assumption")
        public List<String> assumptions;

        public String remedy;

        @XmlElementWrapper(name = "remedies")
        @XmlElement(name = "remedy")
        public List<RemedyItem> remedies;

        public String rule;

        @XmlElementWrapper(name = "derivation")
        @XmlElement(name = "step")
        public List<String> derivation;

        Finding() {}

        public Finding(ReportFinding f) {
            measure = f.measure();
            kind = f.kind().name();
            severity = f.severity() == null ? null : f.severity().name();
            pending = f.pending();
            norm = f.norm();
            norms = f.norms();
            obligation = f.obligation();
            title = f.title();
            citations = f.citations().stream().map(Citation::new).toList();
            caseLaw = f.caseLaw().stream().map(CaseRef::new).toList();
            limit = f.limit() == null ? null : new Limit(f.limit());
            explanation = f.explanation();
            assumptions = f.assumptions();
            remedy = f.remedy();
            rule = f.rule();
            remedies = f.remedies() == null
                    ? null
                    : f.remedies().stream().map(RemedyItem::new).toList();
            derivation = f.derivation();
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Citation")
    public static class Citation {
        @XmlAttribute
        public String instrument;

        @XmlAttribute
        public String instrumentLabel;

        @XmlAttribute
        public String article;

        @XmlAttribute
        public String paragraph;

        @XmlAttribute
        public String point;

        @XmlAttribute
        public String iri;

        Citation() {}

        public Citation(ReportFinding.Citation c) {
            instrument = c.instrument();
            instrumentLabel = c.instrumentLabel();
            article = c.article();
            paragraph = c.paragraph();
            point = c.point();
            iri = c.iri();
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "CaseRef")
    public static class CaseRef {
        @XmlAttribute
        public String caseNumber;

        @XmlAttribute
        public String ecli;

        @XmlAttribute
        public String court;

        @XmlAttribute
        public String date;

        @XmlAttribute
        public String name;

        CaseRef() {}

        CaseRef(ReportFinding.CaseRef c) {
            caseNumber = c.caseNumber();
            ecli = c.ecli();
            court = c.court();
            date = c.date();
            name = c.name();
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Limit")
    public static class Limit {
        @XmlAttribute
        public String parameter;

        @XmlAttribute
        public String proposed;

        @XmlAttribute
        public String min;

        @XmlAttribute
        public String max;

        @XmlAttribute
        public Boolean required;

        @XmlAttribute
        public String unit;

        @XmlAttribute
        public String justifyAbove;

        @XmlElement(name = "allowed")
        public List<String> allowed;

        Limit() {}

        Limit(ReportFinding.LimitRef l) {
            parameter = l.parameter();
            proposed = text(l.proposed());
            min = text(l.min());
            max = text(l.max());
            required = l.required();
            unit = l.unit();
            allowed = l.allowed();
            justifyAbove = text(l.justifyAbove());
        }

        private static String text(Object o) {
            return o == null ? null : o.toString();
        }
    }

    /** A pending instrument the report assumed (check --with-pending): attributes as JSON, {@code replaces} repeated. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(
            name = "PendingInstrument",
            propOrder = {"title", "replaces"})
    public static class Pending {
        @XmlAttribute
        public String code;

        @XmlAttribute
        public String label;

        @XmlAttribute
        public String iri;

        @XmlAttribute
        public String status;

        @XmlAttribute
        public String verification;

        public String title;

        @XmlElement(name = "replaces")
        public List<String> replaces;

        Pending() {}

        Pending(Report.PendingRef p) {
            code = p.code();
            label = p.label();
            iri = p.iri();
            status = p.status().name();
            verification = p.verification();
            title = p.title();
            replaces = p.replaces();
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Instrument")
    public static class Instrument {
        @XmlAttribute
        public String code;

        @XmlAttribute
        public String label;

        @XmlAttribute
        public String iri;

        @XmlAttribute
        public String reason;

        @XmlAttribute
        public String bindingFrom;

        public String title;

        Instrument() {}

        Instrument(Report.InstrumentRef i) {
            code = i.code();
            label = i.label();
            iri = i.iri();
            reason = i.reason() == null ? null : i.reason().name();
            bindingFrom = i.bindingFrom();
            title = i.title();
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(
            name = "Remedy",
            propOrder = {"description", "amendedMeasure"})
    public static class RemedyItem {
        @XmlAttribute
        public boolean verified;

        public String description;
        public AmendedMeasure amendedMeasure;

        RemedyItem() {}

        RemedyItem(ReportFinding.RemedyRef r) {
            verified = r.verified();
            description = r.description();
            amendedMeasure = r.amendedMeasure() == null ? null : new AmendedMeasure(r.amendedMeasure());
        }
    }

    /** A measure as in a proposal, for amended measures. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(
            name = "AmendedMeasure",
            propOrder = {"targetGroups", "parameters", "safeguards", "exemptions"})
    public static class AmendedMeasure {
        @XmlAttribute
        public String id;

        @XmlAttribute
        public String type;

        @XmlElement(name = "targetGroup")
        public List<String> targetGroups;

        @XmlElement(name = "parameter")
        public List<Parameter> parameters;

        @XmlElement(name = "safeguard")
        public List<String> safeguards;

        @XmlElement(name = "exemption")
        public List<String> exemptions;

        AmendedMeasure() {}

        AmendedMeasure(org.lexcheck.proposal.Measure m) {
            id = m.id();
            type = m.type();
            targetGroups = m.targetGroups();
            safeguards = m.safeguards();
            exemptions = m.exemptions();
            parameters = m.parameters().entrySet().stream()
                    .map(e -> new Parameter(e.getKey(), String.valueOf(e.getValue())))
                    .toList();
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Parameter")
    public static class Parameter {
        @XmlAttribute
        public String name;

        @jakarta.xml.bind.annotation.XmlValue
        public String value;

        Parameter() {}

        Parameter(String name, String value) {
            this.name = name;
            this.value = value;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(
            name = "EffectiveLimit",
            propOrder = {"setBy", "conditions"})
    public static class EffectiveLimit {
        @XmlAttribute
        public String measure;

        @XmlAttribute
        public String parameter;

        @XmlAttribute
        public String proposed;

        @XmlAttribute
        public String min;

        @XmlAttribute
        public String max;

        @XmlAttribute
        public Boolean strict;

        @XmlAttribute
        public String unit;

        @XmlAttribute
        public String headroom;

        @XmlAttribute
        public String breachKind;

        public SetBy setBy;

        @XmlElement(name = "condition")
        public List<String> conditions;

        EffectiveLimit() {}

        EffectiveLimit(Report.EffectiveLimitRef l) {
            measure = l.measure();
            parameter = l.parameter();
            proposed = text(l.proposed());
            min = text(l.min());
            max = text(l.max());
            strict = l.strict();
            unit = l.unit();
            headroom = text(l.headroom());
            breachKind = l.breachKind() == null ? null : l.breachKind().name();
            setBy = new SetBy(l.setBy());
            conditions = l.conditions();
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(
            name = "SetBy",
            propOrder = {"norm", "title", "citations"})
    public static class SetBy {
        public String norm;
        public String title;

        @XmlElementWrapper(name = "citations")
        @XmlElement(name = "citation")
        public List<Citation> citations;

        SetBy() {}

        SetBy(Report.SetBy s) {
            norm = s.norm();
            title = s.title();
            citations = s.citations().stream().map(Citation::new).toList();
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(
            name = "Option",
            propOrder = {"norm", "title", "citations", "description", "bounds", "forWhom"})
    public static class OptionItem {
        @XmlAttribute
        public String area;

        public String norm;
        public String title;

        @XmlElementWrapper(name = "citations")
        @XmlElement(name = "citation")
        public List<Citation> citations;

        public String description;
        public String bounds;

        @XmlElement(name = "forWhom")
        public List<String> forWhom;

        OptionItem() {}

        OptionItem(Report.OptionRef o) {
            area = o.area();
            norm = o.norm();
            title = o.title();
            citations = o.citations().stream().map(Citation::new).toList();
            description = o.description();
            bounds = o.bounds();
            forWhom = o.forWhom();
        }
    }

    /** An obligation of the state in an area the proposal touches, marked by what the proposal does to it. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(
            name = "Obligation",
            propOrder = {"norm", "title", "citations", "measures"})
    public static class ObligationItem {
        @XmlAttribute
        public String area;

        @XmlAttribute
        public String status;

        public String norm;
        public String title;

        @XmlElementWrapper(name = "citations")
        @XmlElement(name = "citation")
        public List<Citation> citations;

        @XmlElement(name = "measure")
        public List<String> measures;

        ObligationItem() {}

        ObligationItem(Report.ObligationRef o) {
            area = o.area();
            status = o.status().name();
            norm = o.norm();
            title = o.title();
            citations = o.citations().stream().map(Citation::new).toList();
            measures = o.measures();
        }
    }

    /** The alternatives to one conflicting measure, or why there is none. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(
            name = "AlternativesFor",
            propOrder = {"aims", "alternatives", "none"})
    public static class AlternativesItem {
        @XmlAttribute
        public String measure;

        @XmlAttribute
        public String type;

        @XmlElement(name = "aim")
        public List<String> aims;

        @XmlElement(name = "alternative")
        public List<AlternativeItem> alternatives;

        public String none;

        AlternativesItem() {}

        AlternativesItem(Report.AlternativesRef a) {
            measure = a.measure();
            type = a.type();
            aims = a.aims();
            alternatives = a.alternatives().stream().map(AlternativeItem::new).toList();
            none = a.none();
        }
    }

    /** One alternative that passes: its design, verdict, the measure as checked, what permits it and what it needs. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(
            name = "Alternative",
            propOrder = {"design", "title", "measure", "permittedBy", "needs"})
    public static class AlternativeItem {
        @XmlAttribute
        public int closeness;

        @XmlAttribute
        public String verdict;

        public String design;
        public String title;
        public AmendedMeasure measure;

        @XmlElement(name = "permittedBy")
        public List<SetBy> permittedBy;

        @XmlElement(name = "need")
        public List<String> needs;

        AlternativeItem() {}

        AlternativeItem(Report.AlternativeRef a) {
            closeness = a.closeness();
            verdict = a.verdict().name();
            design = a.design();
            title = a.title();
            measure = new AmendedMeasure(a.measure());
            permittedBy = a.permittedBy().stream().map(SetBy::new).toList();
            needs = a.needs();
        }
    }

    /** A fact the assessment rests on, with the verdict on its other branch. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(
            name = "Assumption",
            propOrder = {"changes", "text", "sources"})
    public static class Assumption {
        @XmlAttribute
        public String measure;

        @XmlAttribute
        public String parameter;

        @XmlAttribute
        public Boolean stated;

        @XmlAttribute
        public String verdict;

        @XmlAttribute
        public Boolean alternative;

        @XmlAttribute
        public String verdictIfAlternative;

        @XmlElement(name = "change")
        public List<String> changes;

        public String text;

        /** The value the country facts gave the measure, where they did. */
        @XmlAttribute
        public String derived;

        @XmlElement(name = "source")
        public List<String> sources;

        Assumption() {}

        Assumption(Report.AssumptionRef a) {
            measure = a.measure();
            parameter = a.parameter();
            stated = a.stated();
            verdict = a.verdict() == null ? null : a.verdict().name();
            alternative = a.alternative();
            verdictIfAlternative = a.verdictIfAlternative() == null
                    ? null
                    : a.verdictIfAlternative().name();
            changes = a.changes();
            text = a.text();
            derived = a.derived();
            sources = a.sources();
        }
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Provenance")
    public static class Provenance {
        @XmlAttribute
        public String rulesVersion;

        @XmlAttribute
        public String ontologyVersion;

        @XmlAttribute
        public String engineVersion;

        Provenance() {}

        public Provenance(Report.Provenance p) {
            rulesVersion = p.rulesVersion();
            ontologyVersion = p.ontologyVersion();
            engineVersion = p.engineVersion();
        }
    }
}
