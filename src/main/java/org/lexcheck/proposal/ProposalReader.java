package org.lexcheck.proposal;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.UnmarshalException;
import java.math.BigDecimal;
import javax.xml.stream.XMLStreamException;
import org.lexcheck.proposal.xml.XmlProposal;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Parses a proposal in JSON, YAML or XML into one common tree, safely: bounded size, no
 * duplicate keys, YAML as plain data without aliases, XML without DOCTYPE or external entities
 * and valid against the proposal schema. Numbers are read exactly (never as a double that can
 * overflow to infinity). The tree is then checked by {@link ProposalValidator}.
 */
public final class ProposalReader {
    /** Largest proposal accepted, in bytes. */
    public static final int MAX_BYTES = 1024 * 1024;

    // Texts may reach the body limit here: the validator refuses long texts with the field's name, in every format
    // alike.
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxDocumentLength(MAX_BYTES)
            .maxNestingDepth(32)
            .maxStringLength(MAX_BYTES)
            .maxNumberLength(1000)
            .build();
    private static final LoadSettings YAML_SETTINGS = LoadSettings.builder()
            .setAllowDuplicateKeys(false)
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(20)
            .setCodePointLimit(MAX_BYTES)
            .build();
    private static final JsonMapper JSON = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
                    .streamReadConstraints(LIMITS)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .streamReadConstraints(LIMITS)
                    .loadSettings(YAML_SETTINGS)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    /** Built on first use: a JSON or YAML proposal needs no JAXB context. */
    private static final class Xml {
        static final JAXBContext CONTEXT = xmlContext();
    }

    private ProposalReader() {}

    public static JsonNode readTree(byte[] content, ProposalFormat format) {
        if (content.length > MAX_BYTES) throw new ProposalTooLargeException(MAX_BYTES);
        try {
            return switch (format) {
                case JSON -> JSON.readTree(content);
                case YAML -> {
                    YamlAliases.refuse(content, YAML_SETTINGS);
                    yield YAML.readTree(content);
                }
                case XML -> xmlTree(content);
            };
        } catch (JacksonException e) {
            throw new InvalidProposalException(
                    "(body)", "not well-formed " + format + ": " + e.getOriginalMessage() + location(e));
        }
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
    }

    // ------------------------------------------------------------------ XML

    private static JsonNode xmlTree(byte[] content) {
        XmlProposalValidation.validate(content);
        XmlProposal xml;
        try {
            xml = Xml.CONTEXT
                    .createUnmarshaller()
                    .unmarshal(XmlProposalValidation.safeReader(content), XmlProposal.class)
                    .getValue();
        } catch (UnmarshalException e) {
            Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e;
            throw new InvalidProposalException(
                    "(body)", "not a valid XML proposal: " + XmlProposalValidation.firstLine(cause));
        } catch (JAXBException | XMLStreamException | IllegalStateException e) {
            throw new InvalidProposalException(
                    "(body)", "not a valid XML proposal: " + XmlProposalValidation.firstLine(e));
        }
        return toTree(xml);
    }

    private static ObjectNode toTree(XmlProposal xml) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        putIfPresent(root, "id", xml.id);
        putIfPresent(root, "title", xml.title);
        putIfPresent(root, "jurisdiction", xml.jurisdiction);
        putIfPresent(root, "entryIntoForce", xml.entryIntoForce);
        ArrayNode measures = root.putArray("measures");
        for (int i = 0; i < xml.measures.size(); i++) {
            XmlProposal.XmlMeasure m = xml.measures.get(i);
            ObjectNode node = measures.addObject();
            putIfPresent(node, "id", m.id);
            putIfPresent(node, "type", m.type);
            m.targetGroups.forEach(node.withArray("targetGroups")::add);
            ObjectNode params = node.putObject("parameters");
            for (XmlProposal.XmlParameter p : m.parameters) {
                if (params.has(p.name))
                    throw new InvalidProposalException("measures[" + i + "].parameters." + p.name, "given twice");
                params.set(p.name, xmlValue(p.value));
            }
            m.safeguards.forEach(node.withArray("safeguards")::add);
            m.exemptions.forEach(node.withArray("exemptions")::add);
            putIfPresent(node, "description", m.description);
            m.nationalities.forEach(node.withArray("nationalities")::add);
            putIfPresent(node, "destinationCountry", m.destinationCountry);
        }
        return root;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) node.put(field, value.strip());
    }

    /** XML carries text: "true"/"false" become booleans, decimal numbers (also with an exponent) numbers, the rest strings. */
    private static JsonNode xmlValue(String raw) {
        String v = raw == null ? "" : raw.strip();
        if (v.equals("true") || v.equals("false")) return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(v));
        if (v.length() <= 1000 && v.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
            try {
                return JsonNodeFactory.instance.numberNode(new BigDecimal(v));
            } catch (NumberFormatException e) {
                // an exponent beyond BigDecimal's: left as text, which the validator refuses as no number
            }
        }
        return JsonNodeFactory.instance.stringNode(v);
    }

    private static JAXBContext xmlContext() {
        try {
            return JAXBContext.newInstance(XmlProposal.class);
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }
}
