package org.lexcheck.proposal;

import java.util.Locale;

/** The serialisations a proposal may arrive in. */
public enum ProposalFormat {
    JSON,
    YAML,
    XML;

    /** By file name: .json, .yaml/.yml, .xml; "-" (standard input) is JSON. */
    public static ProposalFormat ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("-") || n.endsWith(".json")) return JSON;
        if (n.endsWith(".yaml") || n.endsWith(".yml")) return YAML;
        if (n.endsWith(".xml")) return XML;
        throw new InvalidProposalException(
                "file", "unknown file type of " + name, java.util.List.of(".json", ".yaml", ".yml", ".xml", "-"));
    }
}
