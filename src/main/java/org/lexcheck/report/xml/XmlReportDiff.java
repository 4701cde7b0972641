package org.lexcheck.report.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;
import org.lexcheck.report.ReportDiff;

/** The {@code <diff>} element: the same tree as the JSON diff of two reports. */
@XmlRootElement(name = "diff")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
        name = "Diff",
        propOrder = {"old", "updated", "appeared", "disappeared", "changed", "moved", "resolvedConflicts", "provenance"
        })
public class XmlReportDiff {
    public Side old;
    public Side updated;

    @XmlElementWrapper(name = "appeared")
    @XmlElement(name = "finding")
    public List<XmlReport.Finding> appeared;

    @XmlElementWrapper(name = "disappeared")
    @XmlElement(name = "finding")
    public List<XmlReport.Finding> disappeared;

    @XmlElementWrapper(name = "changed")
    @XmlElement(name = "change")
    public List<Change> changed;

    @XmlElementWrapper(name = "moved")
    @XmlElement(name = "move")
    public List<Move> moved;

    @XmlElementWrapper(name = "resolvedConflicts")
    @XmlElement(name = "conflict")
    public List<String> resolvedConflicts;

    public XmlReport.Provenance provenance;

    public static XmlReportDiff of(ReportDiff d) {
        XmlReportDiff x = new XmlReportDiff();
        x.old = new Side(d.old());
        x.updated = new Side(d.updated());
        x.appeared = d.appeared().stream().map(XmlReport.Finding::new).toList();
        x.disappeared = d.disappeared().stream().map(XmlReport.Finding::new).toList();
        x.changed = d.changed().stream().map(Change::new).toList();
        x.moved = d.moved().stream().map(Move::new).toList();
        x.resolvedConflicts = d.resolvedConflicts();
        x.provenance = new XmlReport.Provenance(d.provenance());
        return x;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "DiffSide")
    public static class Side {
        @XmlAttribute
        public String proposal;

        @XmlAttribute
        public String referenceDate;

        @XmlAttribute
        public String verdict;

        @XmlAttribute
        public int conflicts;

        @XmlAttribute
        public int risks;

        Side() {}

        Side(ReportDiff.Side s) {
            proposal = s.proposal();
            referenceDate = s.referenceDate();
            verdict = s.verdict().name();
            conflicts = s.conflicts();
            risks = s.risks();
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(
            name = "DiffChange",
            propOrder = {"norm", "title", "citations"})
    public static class Change {
        @XmlAttribute
        public String measure;

        @XmlAttribute
        public String from;

        @XmlAttribute
        public String to;

        public String norm;
        public String title;

        @XmlElementWrapper(name = "citations")
        @XmlElement(name = "citation")
        public List<XmlReport.Citation> citations;

        Change() {}

        Change(ReportDiff.Change c) {
            measure = c.measure();
            from = c.from().name();
            to = c.to().name();
            norm = c.norm();
            title = c.title();
            citations = c.citations().stream().map(XmlReport.Citation::new).toList();
        }
    }

    /** A finding that moved to a successor provision: attributes {@code measure}, {@code kind}, {@code basis}, {@code verification}; elements {@code from}, {@code to}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(
            name = "DiffMove",
            propOrder = {"from", "to"})
    public static class Move {
        @XmlAttribute
        public String measure;

        @XmlAttribute
        public String kind;

        @XmlAttribute
        public String basis;

        @XmlAttribute
        public String verification;

        public End from;
        public End to;

        Move() {}

        Move(ReportDiff.Move v) {
            measure = v.measure();
            kind = v.kind().name();
            basis = v.basis();
            verification = v.verification();
            from = new End(v.from());
            to = new End(v.to());
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(
            name = "DiffMoveEnd",
            propOrder = {"norm", "title", "citations"})
    public static class End {
        public String norm;
        public String title;

        @XmlElementWrapper(name = "citations")
        @XmlElement(name = "citation")
        public List<XmlReport.Citation> citations;

        End() {}

        End(ReportDiff.End e) {
            norm = e.norm();
            title = e.title();
            citations = e.citations().stream().map(XmlReport.Citation::new).toList();
        }
    }
}
