package org.lexcheck.report.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;
import org.lexcheck.report.Report;

/** The {@code <reports>} element: several files checked at once, as one well-formed document. */
@XmlRootElement(name = "reports")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Reports")
public class XmlReports {
    @XmlElement(name = "report")
    public List<XmlReport> reports;

    public static XmlReports of(List<Report> reports) {
        XmlReports x = new XmlReports();
        x.reports = reports.stream().map(XmlReport::of).toList();
        return x;
    }
}
