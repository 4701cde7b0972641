package org.lexcheck.report.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;
import org.lexcheck.report.WhatIf;

/** The {@code <whatIf>} element: one proposal's reports on several dates and the changes between them. */
@XmlRootElement(name = "whatIf")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
        name = "WhatIf",
        propOrder = {"reports", "changes", "provenance"})
public class XmlWhatIf {
    @XmlElementWrapper(name = "reports")
    @XmlElement(name = "report")
    public List<XmlReport> reports;

    @XmlElementWrapper(name = "changes")
    @XmlElement(name = "diff")
    public List<XmlReportDiff> changes;

    public XmlReport.Provenance provenance;

    public static XmlWhatIf of(WhatIf w) {
        XmlWhatIf x = new XmlWhatIf();
        x.reports = w.reports().stream().map(XmlReport::of).toList();
        x.changes = w.changes().stream().map(XmlReportDiff::of).toList();
        x.provenance = new XmlReport.Provenance(w.provenance());
        return x;
    }
}
