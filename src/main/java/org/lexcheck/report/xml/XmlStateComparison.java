package org.lexcheck.report.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.List;
import org.lexcheck.report.StateComparison;

/** The {@code <comparison>} element: the same tree as the JSON matrix of one proposal for several states. */
@XmlRootElement(name = "comparison")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
        name = "Comparison",
        propOrder = {"proposal", "states", "measures", "provenance"})
public class XmlStateComparison {
    @XmlAttribute
    public String referenceDate;

    @XmlAttribute
    public String language;

    public XmlReport.Proposal proposal;

    @XmlElementWrapper(name = "states")
    @XmlElement(name = "state")
    public List<State> states;

    @XmlElementWrapper(name = "measures")
    @XmlElement(name = "measure")
    public List<Row> measures;

    public XmlReport.Provenance provenance;

    public static XmlStateComparison of(StateComparison c) {
        XmlStateComparison x = new XmlStateComparison();
        x.referenceDate = c.referenceDate();
        x.language = c.language();
        x.proposal = new XmlReport.Proposal(c.proposal().id(), c.proposal().title());
        x.states = c.states().stream().map(State::new).toList();
        x.measures = c.measures().stream().map(Row::new).toList();
        x.provenance = new XmlReport.Provenance(c.provenance());
        return x;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "ComparedState")
    public static class State {
        @XmlAttribute
        public String jurisdiction;

        @XmlAttribute
        public String verdict;

        @XmlAttribute
        public int conflicts;

        @XmlAttribute
        public int risks;

        @XmlAttribute
        public int notAssessed;

        State() {}

        State(StateComparison.StateColumn s) {
            jurisdiction = s.jurisdiction();
            verdict = s.verdict().name();
            conflicts = s.conflicts();
            risks = s.risks();
            notAssessed = s.notAssessed();
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "ComparedMeasure")
    public static class Row {
        @XmlAttribute
        public String id;

        @XmlAttribute
        public String type;

        @XmlElement(name = "cell")
        public List<Cell> cells;

        Row() {}

        Row(StateComparison.MeasureRow r) {
            id = r.measure();
            type = r.type();
            cells = r.cells().stream().map(Cell::new).toList();
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "ComparedCell")
    public static class Cell {
        @XmlAttribute
        public String jurisdiction;

        @XmlAttribute
        public String verdict;

        @XmlAttribute
        public Boolean verdictDiffers;

        @XmlElement(name = "difference")
        public List<Difference> differences;

        Cell() {}

        Cell(StateComparison.Cell c) {
            jurisdiction = c.jurisdiction();
            verdict = c.verdict().name();
            verdictDiffers = c.verdictDiffers();
            differences = c.differences() == null
                    ? null
                    : c.differences().stream().map(Difference::new).toList();
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(
            name = "ComparedDifference",
            propOrder = {"kinds", "text"})
    public static class Difference {
        @XmlAttribute
        public String instrument;

        @XmlAttribute
        public String instrumentLabel;

        @XmlAttribute
        public String appliedIn;

        @XmlAttribute
        public String notAppliedIn;

        @XmlAttribute
        public String reason;

        @XmlAttribute
        public String bindingFrom;

        @XmlAttribute
        public String norm;

        @XmlAttribute
        public String title;

        @XmlElement(name = "kind")
        public List<Kind> kinds;

        public String text;

        Difference() {}

        Difference(StateComparison.Difference d) {
            instrument = d.instrument();
            instrumentLabel = d.instrumentLabel();
            appliedIn = d.appliedIn();
            notAppliedIn = d.notAppliedIn();
            reason = d.reason() == null ? null : d.reason().name();
            bindingFrom = d.bindingFrom();
            norm = d.norm();
            title = d.title();
            kinds = d.kinds() == null
                    ? null
                    : d.kinds().entrySet().stream()
                            .map(e -> new Kind(e.getKey(), e.getValue()))
                            .toList();
            text = d.text();
        }
    }

    /** A finding's kind in one state, "NONE" where that state has no such finding. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "ComparedKind")
    public static class Kind {
        @XmlAttribute
        public String jurisdiction;

        @XmlValue
        public String kind;

        Kind() {}

        Kind(String jurisdiction, String kind) {
            this.jurisdiction = jurisdiction;
            this.kind = kind;
        }
    }
}
