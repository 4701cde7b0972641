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
@XmlType(name = "Proposal", propOrder = {"title", "measures"})
public class XmlProposal {
    @XmlAttribute public String id;
    @XmlAttribute public String jurisdiction;
    @XmlAttribute public String entryIntoForce;
    public String title;
    @XmlElement(name = "measure") public List<XmlMeasure> measures = new ArrayList<>();

    /** One {@code <measure>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Measure", propOrder = {"targetGroups", "parameters", "safeguards", "exemptions", "description"})
    public static class XmlMeasure {
        @XmlAttribute public String id;
        @XmlAttribute public String type;
        @XmlElement(name = "targetGroup") public List<String> targetGroups = new ArrayList<>();
        @XmlElement(name = "parameter") public List<XmlParameter> parameters = new ArrayList<>();
        @XmlElement(name = "safeguard") public List<String> safeguards = new ArrayList<>();
        @XmlElement(name = "exemption") public List<String> exemptions = new ArrayList<>();
        public String description;
    }

    /** {@code <parameter name="months">24</parameter>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Parameter")
    public static class XmlParameter {
        @XmlAttribute(required = true) public String name;
        @XmlValue public String value;
    }
}
