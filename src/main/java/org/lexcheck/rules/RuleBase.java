package org.lexcheck.rules;

import java.util.List;
import org.kie.api.KieBase;

/** One compiled version of {@code rules/*.drl}; {@code version} is a content hash of the DRL files. */
public record RuleBase(KieBase kieBase, String version, List<RuleInfo> rules) {

    /**
     * A rule's name, package, the norm named in its {@code @norm} metadata (null for generic
     * rules) and what kind of norm content a generic rule applies ({@code @applies}).
     */
    public record RuleInfo(String name, String file, String norm, String applies) {}
}
