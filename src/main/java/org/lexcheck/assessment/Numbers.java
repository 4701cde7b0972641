package org.lexcheck.assessment;

/** Numbers of limits as the report shows them: whole numbers without a fraction. */
public final class Numbers {
    private Numbers() {}

    /** 24.0 → "24", 2.5 → "2.5". */
    public static String format(Double value) {
        if (value == null) return null;
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }

    /** 24.0 → 24L, 2.5 → 2.5: whole numbers print without a fraction in every format. */
    public static Number number(Double value) {
        if (value == null) return null;
        return value == Math.rint(value) ? (Number) value.longValue() : value;
    }
}
