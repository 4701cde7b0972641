package org.lexcheck.rules;

import java.util.List;
import org.kie.api.KieBase;

/** One compiled version of {@code rules/*.drl}; {@code version} is a content hash of the DRL files. */
public record RuleBase(KieBase kieBase, String version, List<RuleInfo> rules) {

    /**
     * A rule's name, its DRL package, the norm named in its {@code @norm} metadata (null for
     * generic rules) and the {@code @applies} metadata of a generic rule as written (lint checks
     * it against {@link NormContent}).
     */
    public record RuleInfo(String name, String packageName, String norm, String applies) {

        /** The content the rule applies, or null for a specific rule or a value not on the list. */
        public NormContent content() {
            return applies == null ? null : NormContent.of(applies);
        }
    }
}
