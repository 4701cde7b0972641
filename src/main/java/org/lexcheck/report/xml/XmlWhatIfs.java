package org.lexcheck.report.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;
import org.lexcheck.report.WhatIf;

/** The {@code <whatIfs>} element: several files checked on several dates, as one well-formed document. */
@XmlRootElement(name = "whatIfs")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "WhatIfs")
public class XmlWhatIfs {
    @XmlElement(name = "whatIf")
    public List<XmlWhatIf> whatIfs;

    public static XmlWhatIfs of(List<WhatIf> whatIfs) {
        XmlWhatIfs x = new XmlWhatIfs();
        x.whatIfs = whatIfs.stream().map(XmlWhatIf::of).toList();
        return x;
    }
}
