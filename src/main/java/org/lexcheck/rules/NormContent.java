package org.lexcheck.rules;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.lexcheck.knowledge.Limit;
import org.lexcheck.knowledge.Norm;

/**
 * The kinds of ontology content a generic rule applies, named in its {@code @applies} metadata:
 * a closed list, so that lint can tell for every norm whether some rule applies each part of it.
 */
public enum NormContent {
    LIMIT("lx:limit"),
    CEILING("lx:limit with lx:max"),
    FLOOR("lx:limit with lx:min"),
    NUMERIC_LIMIT("lx:limit with lx:max or lx:min"),
    CUMULATIVE_LIMIT("lx:limit with lx:cumulativeWith"),
    RELATIVE_CEILING("lx:limit with lx:maxTimes"),
    AMOUNT_TO_JUSTIFY("lx:limit with lx:justifyAbove"),
    REQUIRED_VALUE("lx:limit with lx:requiredValue"),
    ALLOWED_VALUES("lx:limit with lx:allowedValue"),
    SAFEGUARD_REQUIREMENT("lx:safeguardRequirement"),
    BAR("lx:barsMeasure true"),
    LIFTED_BAR("lx:barsMeasure true with lx:unlessSafeguard"),
    BARE_PERMISSION("lx:Permission without limits or safeguard requirements");

    private final String metadata;

    NormContent(String metadata) {
        this.metadata = metadata;
    }

    /** The text of the {@code @applies} metadata. */
    public String metadata() {
        return metadata;
    }

    /** The content named by an {@code @applies} value, or null when the value is not on the list. */
    public static NormContent of(String metadata) {
        return Arrays.stream(values())
                .filter(c -> c.metadata.equals(metadata))
                .findFirst()
                .orElse(null);
    }

    /** What a norm holds that some rule must apply for the norm ever to yield a finding. */
    public static Set<NormContent> of(Norm n) {
        Set<NormContent> content = EnumSet.noneOf(NormContent.class);
        for (Limit l : n.limits()) {
            content.add(LIMIT);
            if (l.max() != null || l.isRelative()) content.add(CEILING);
            if (l.isRelative()) content.add(RELATIVE_CEILING);
            if (l.justifyAbove() != null) content.add(AMOUNT_TO_JUSTIFY);
            if (l.min() != null) content.add(FLOOR);
            if (l.isNumeric()) content.add(NUMERIC_LIMIT);
            if (l.isCumulative()) content.add(CUMULATIVE_LIMIT);
            if (l.requiredValue() != null) content.add(REQUIRED_VALUE);
            if (l.isCodeList()) content.add(ALLOWED_VALUES);
        }
        if (!n.safeguardRequirements().isEmpty()) content.add(SAFEGUARD_REQUIREMENT);
        if (n.barsMeasure()) content.add(BAR);
        if (n.barsMeasure() && !n.unlessSafeguards().isEmpty()) content.add(LIFTED_BAR);
        if (n.isPermission()
                && n.limits().isEmpty()
                && n.safeguardRequirements().isEmpty()
                && !n.barsMeasure()) {
            content.add(BARE_PERMISSION);
        }
        return content;
    }
}
