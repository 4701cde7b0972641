package org.lexcheck.web;

import java.util.ArrayList;
import java.util.List;
import org.lexcheck.report.Messages;
import org.lexcheck.report.TimelineRef;

/**
 * A cumulative timeline drawn: the stages one after another as segments of one bar (months), each
 * bound on the total as a line, with the sentences the report gives.
 */
public record TimelineBar(
        String title, String path, String total, List<Segment> segments, List<Bound> bounds, List<String> texts) {
    static final int WIDTH = 300;

    public record Segment(String label, String months, double x, double width, int index) {}

    public record Bound(String max, double x, String outcome) {}

    public static TimelineBar of(TimelineRef t, Messages m) {
        double total = t.totalMonths() == null ? 0 : t.totalMonths().doubleValue();
        double top = total;
        if (t.bounds() != null)
            for (TimelineRef.BoundRef b : t.bounds())
                if (b.max() != null) top = Math.max(top, b.max().doubleValue());
        double scale = Math.max(top, 1) * 1.2;
        List<Segment> segments = new ArrayList<>();
        java.util.Map<String, Double> starts = new java.util.HashMap<>();
        double x = 0;
        int i = 0;
        for (TimelineRef.StageRef s : t.stages()) {
            starts.putIfAbsent(s.stage(), x);
            double months = s.months() == null ? 0 : s.months().doubleValue();
            double w = months / scale * WIDTH;
            segments.add(new Segment(
                    (s.title() == null ? s.stage() : s.title()) + " (" + s.measure() + ")",
                    m.number(s.months()),
                    round(x),
                    round(w),
                    i++ % 4));
            x += w;
        }
        List<Bound> bounds = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        if (t.bounds() != null)
            for (TimelineRef.BoundRef b : t.bounds()) {
                if (b.max() != null) {
                    // A bound adds up only its own stages: drawn from where the first of them starts.
                    double from = b.stages() == null
                            ? 0
                            : b.stages().stream()
                                    .map(starts::get)
                                    .filter(java.util.Objects::nonNull)
                                    .min(Double::compare)
                                    .orElse(0.0);
                    bounds.add(new Bound(
                            m.number(b.max()),
                            round(Math.min(from + b.max().doubleValue() / scale * WIDTH, WIDTH)),
                            b.outcome()));
                }
                if (b.text() != null) texts.add(b.text());
            }
        return new TimelineBar(
                t.title() == null ? t.path() : t.title(), t.path(), m.number(t.totalMonths()), segments, bounds, texts);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
