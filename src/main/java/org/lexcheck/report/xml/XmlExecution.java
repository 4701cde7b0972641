package org.lexcheck.report.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;
import org.lexcheck.report.Execution;

/** The report's {@code execution} section as JAXB writes it: the same tree and names as the JSON. */
public final class XmlExecution {
    private XmlExecution() {}

    static List<MeasureActs> of(List<Execution.MeasureActs> execution) {
        return execution == null
                ? null
                : execution.stream().map(MeasureActs::new).toList();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "ExecutionMeasure")
    public static class MeasureActs {
        @XmlAttribute
        public String id;

        @XmlAttribute
        public String type;

        @XmlAttribute
        public String area;

        @XmlElement(name = "act")
        public List<Act> acts;

        MeasureActs() {}

        MeasureActs(Execution.MeasureActs m) {
            id = m.measure();
            type = m.type();
            area = m.area();
            acts = m.acts().stream().map(Act::new).toList();
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(
            name = "ExecutionAct",
            propOrder = {"label", "demandedBy", "agencies", "agencyNote"})
    public static class Act {
        @XmlAttribute
        public String actKind;

        @XmlAttribute
        public int count;

        public String label;

        @XmlElementWrapper(name = "demandedBy")
        @XmlElement(name = "demand")
        public List<Demand> demandedBy;

        @XmlElementWrapper(name = "agencies")
        @XmlElement(name = "agency")
        public List<Agency> agencies;

        public String agencyNote;

        Act() {}

        Act(Execution.Act a) {
            actKind = a.actKind();
            count = a.count();
            label = a.label();
            demandedBy = a.demandedBy().stream().map(Demand::new).toList();
            agencies = a.agencies().isEmpty()
                    ? null
                    : a.agencies().stream().map(Agency::new).toList();
            agencyNote = a.agencyNote();
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(
            name = "ExecutionDemand",
            propOrder = {"safeguardLabel", "norm", "title", "citations"})
    public static class Demand {
        @XmlAttribute
        public String safeguard;

        @XmlAttribute
        public String finding;

        public String safeguardLabel;
        public String norm;
        public String title;
        public String citations;

        Demand() {}

        Demand(Execution.Demand d) {
            safeguard = d.safeguard();
            finding = d.finding() == null ? null : d.finding().name();
            safeguardLabel = d.safeguardLabel();
            norm = d.norm();
            title = d.title();
            citations = d.citations();
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(
            name = "ExecutionAgency",
            propOrder = {"shortName", "name", "nationalName", "website", "scope"})
    public static class Agency {
        @XmlAttribute
        public String id;

        @XmlAttribute
        public String verification;

        public String shortName;
        public String name;
        public String nationalName;
        public String website;
        public String scope;

        Agency() {}

        Agency(Execution.AgencyRef g) {
            id = g.id();
            verification = g.verification();
            shortName = g.shortName();
            name = g.name();
            nationalName = g.nationalName();
            website = g.website();
            scope = g.scope();
        }
    }
}
