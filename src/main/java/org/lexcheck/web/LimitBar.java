package org.lexcheck.web;

import java.util.List;
import org.lexcheck.report.Messages;
import org.lexcheck.report.Report;

/**
 * A numeric measure drawn against its effective limit: the proposed value as a bar, the bound as a
 * line, the headroom as text. Positions are in the SVG's own units (0 to {@link #WIDTH}).
 */
public record LimitBar(
        String measure,
        String parameter,
        String unit,
        String proposed,
        String bound,
        boolean maximum,
        String headroom,
        boolean breached,
        String breachKind,
        double proposedWidth,
        double boundX,
        List<Sources.Link> setBy,
        String setByTitle,
        List<String> conditions) {
    static final int WIDTH = 300;

    public static LimitBar of(Report.EffectiveLimitRef l, String parameterLabel, Messages m, Sources sources) {
        double proposed = l.proposed() == null ? 0 : l.proposed().doubleValue();
        boolean maximum = l.max() != null;
        Number boundValue = maximum ? l.max() : l.min();
        double bound = boundValue == null ? 0 : boundValue.doubleValue();
        boolean strict = Boolean.TRUE.equals(l.strict());
        boolean breached = maximum
                ? (strict ? proposed >= bound : proposed > bound)
                : (strict ? proposed <= bound : proposed < bound);
        double scale = Math.max(Math.max(proposed, bound), 1) * 1.25;
        return new LimitBar(
                l.measure(),
                parameterLabel,
                l.unit() == null ? "" : l.unit(),
                m.number(l.proposed()),
                boundValue == null ? "" : m.number(boundValue),
                maximum,
                l.headroom() == null ? "" : m.number(l.headroom()),
                breached,
                l.breachKind() == null ? "RISK" : l.breachKind().name(),
                round(proposed / scale * WIDTH),
                round(bound / scale * WIDTH),
                l.setBy() == null ? List.of() : sources.citations(l.setBy().citations()),
                l.setBy() == null ? "" : l.setBy().title(),
                l.conditions() == null ? List.of() : l.conditions());
    }

    private static double round(double x) {
        return Math.round(x * 10) / 10.0;
    }

    /** Where the bound's label is written: beside the line, on the side with room. */
    public double labelX() {
        return boundX > WIDTH / 2.0 ? boundX - 4 : boundX + 4;
    }

    public String labelAnchor() {
        return boundX > WIDTH / 2.0 ? "end" : "start";
    }
}
