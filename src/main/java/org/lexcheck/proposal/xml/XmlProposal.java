package org.lexcheck.proposal.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.ArrayList;
import java.util.List;

/** The {@code <proposal>} element as JAXB reads it; converted to the common tree by the reader. */
@XmlRootElement(name = "proposal")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
        name = "Proposal",
        propOrder = {"title", "measures"})
public class XmlProposal {
    @XmlAttribute
    public String id;

    @XmlAttribute
    public String jurisdiction;

    @XmlAttribute
    public String entryIntoForce;

    public String title;

    @XmlElement(name = "measure")
    public List<XmlMeasure> measures = new ArrayList<>();

    /** The XML form of a validated proposal: what a client would send for it. */
    public static XmlProposal of(org.lexcheck.proposal.Proposal p) {
        XmlProposal x = new XmlProposal();
        x.id = p.id();
        x.jurisdiction = p.jurisdiction();
        x.entryIntoForce =
                p.entryIntoForce() == null ? null : p.entryIntoForce().toString();
        x.title = p.title() == null || p.title().isEmpty() ? null : p.title();
        for (org.lexcheck.proposal.Measure m : p.measures()) {
            XmlMeasure xm = new XmlMeasure();
            xm.id = m.id();
            xm.type = m.type();
            xm.targetGroups.addAll(m.targetGroups());
            m.parameters().forEach((name, value) -> {
                XmlParameter xp = new XmlParameter();
                xp.name = name;
                xp.value = value instanceof java.math.BigDecimal d ? d.toPlainString() : String.valueOf(value);
                xm.parameters.add(xp);
            });
            xm.safeguards.addAll(m.safeguards());
            xm.exemptions.addAll(m.exemptions());
            xm.description = m.description();
            xm.nationalities.addAll(m.targets().nationalities());
            xm.destinationCountry = m.targets().destinationCountry();
            x.measures.add(xm);
        }
        return x;
    }

    /** One {@code <measure>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(
            name = "Measure",
            propOrder = {
                "targetGroups",
                "parameters",
                "safeguards",
                "exemptions",
                "description",
                "nationalities",
                "destinationCountry"
            })
    public static class XmlMeasure {
        @XmlAttribute
        public String id;

        @XmlAttribute
        public String type;

        @XmlElement(name = "targetGroup")
        public List<String> targetGroups = new ArrayList<>();

        @XmlElement(name = "parameter")
        public List<XmlParameter> parameters = new ArrayList<>();

        @XmlElement(name = "safeguard")
        public List<String> safeguards = new ArrayList<>();

        @XmlElement(name = "exemption")
        public List<String> exemptions = new ArrayList<>();

        public String description;

        /** {@code <nationality>SY</nationality>}: the nationalities or countries of origin targeted. */
        @XmlElement(name = "nationality")
        public List<String> nationalities = new ArrayList<>();

        /** {@code <destinationCountry>RW</destinationCountry>}: where a transfer or return sends the persons. */
        public String destinationCountry;
    }

    /** {@code <parameter name="months">24</parameter>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Parameter")
    public static class XmlParameter {
        @XmlAttribute(required = true)
        public String name;

        @XmlValue
        public String value;
    }
}
