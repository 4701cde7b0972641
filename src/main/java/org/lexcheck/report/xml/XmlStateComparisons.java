package org.lexcheck.report.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;
import org.lexcheck.report.StateComparison;

/** The {@code <comparisons>} element: several files each compared across the same states, as one document. */
@XmlRootElement(name = "comparisons")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Comparisons")
public class XmlStateComparisons {
    @XmlElement(name = "comparison")
    public List<XmlStateComparison> comparisons;

    public static XmlStateComparisons of(List<StateComparison> comparisons) {
        XmlStateComparisons x = new XmlStateComparisons();
        x.comparisons = comparisons.stream().map(XmlStateComparison::of).toList();
        return x;
    }
}
