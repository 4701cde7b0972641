package org.lexcheck.report.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;
import org.lexcheck.report.TimelineRef;

/** A cumulative timeline of the report as JAXB writes it: the same tree and names as the JSON report. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
        name = "Timeline",
        propOrder = {"title", "stages", "bounds"})
public class XmlTimeline {
    @XmlAttribute
    public String path;

    @XmlAttribute
    public String person;

    @XmlAttribute
    public String nationality;

    @XmlAttribute
    public String totalMonths;

    public String title;

    @XmlElementWrapper(name = "stages")
    @XmlElement(name = "stage")
    public List<Stage> stages;

    @XmlElementWrapper(name = "bounds")
    @XmlElement(name = "bound")
    public List<Bound> bounds;

    XmlTimeline() {}

    XmlTimeline(TimelineRef t) {
        path = t.path();
        person = t.person();
        nationality = t.nationality();
        totalMonths = text(t.totalMonths());
        title = t.title();
        stages = t.stages().stream().map(Stage::new).toList();
        bounds = t.bounds().stream().map(Bound::new).toList();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(
            name = "TimelineStage",
            propOrder = {"title", "shorter"})
    public static class Stage {
        @XmlAttribute
        public String stage;

        @XmlAttribute
        public String measure;

        @XmlAttribute
        public String type;

        @XmlAttribute
        public String parameter;

        @XmlAttribute
        public String months;

        public String title;

        @XmlElement(name = "shorter")
        public List<String> shorter;

        Stage() {}

        Stage(TimelineRef.StageRef s) {
            stage = s.stage();
            measure = s.measure();
            type = s.type();
            parameter = s.parameter();
            months = text(s.months());
            title = s.title();
            shorter = s.shorter();
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(
            name = "TimelineBound",
            propOrder = {"norm", "title", "citations", "caseLaw", "stages", "text"})
    public static class Bound {
        @XmlAttribute
        public String months;

        @XmlAttribute
        public String max;

        @XmlAttribute
        public String unit;

        @XmlAttribute
        public String outcome;

        @XmlAttribute
        public String finding;

        @XmlAttribute
        public String reportedOn;

        public String norm;
        public String title;

        @XmlElementWrapper(name = "citations")
        @XmlElement(name = "citation")
        public List<XmlReport.Citation> citations;

        @XmlElementWrapper(name = "caseLaw")
        @XmlElement(name = "case")
        public List<XmlReport.CaseRef> caseLaw;

        @XmlElement(name = "stage")
        public List<String> stages;

        public String text;

        Bound() {}

        Bound(TimelineRef.BoundRef b) {
            months = text(b.months());
            max = text(b.max());
            unit = b.unit();
            outcome = b.outcome();
            finding = b.finding();
            reportedOn = b.reportedOn();
            norm = b.norm();
            title = b.title();
            citations = b.citations().stream().map(XmlReport.Citation::new).toList();
            caseLaw = b.caseLaw().stream().map(XmlReport.CaseRef::new).toList();
            stages = b.stages();
            text = b.text();
        }
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }
}
