package org.lexcheck.proposal;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.UnmarshalException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.lexcheck.proposal.xml.XmlProposal;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Parses a proposal in JSON, YAML or XML into one common tree, safely: bounded size, no
 * duplicate keys, YAML as plain data with few aliases, XML without DOCTYPE or external entities.
 * The tree is then checked against the vocabulary by {@link ProposalValidator}.
 */
public final class ProposalReader {
    /** Largest proposal accepted, in bytes. */
    public static final int MAX_BYTES = 1024 * 1024;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxDocumentLength(MAX_BYTES).maxNestingDepth(32).maxStringLength(64 * 1024).build();
    private static final JsonMapper JSON = JsonMapper.builder(
                    tools.jackson.core.json.JsonFactory.builder().streamReadConstraints(LIMITS).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .streamReadConstraints(LIMITS)
                    .loadSettings(LoadSettings.builder().setAllowDuplicateKeys(false).setAllowRecursiveKeys(false)
                            .setMaxAliasesForCollections(20).setCodePointLimit(MAX_BYTES).build())
                    .build())
            .build();
    private static final JAXBContext XML_CONTEXT = xmlContext();

    private ProposalReader() {}

    public static JsonNode readTree(byte[] content, ProposalFormat format) {
        if (content.length > MAX_BYTES) {
            throw new InvalidProposalException("(body)", "proposal larger than " + MAX_BYTES + " bytes");
        }
        try {
            return switch (format) {
                case JSON -> JSON.readTree(content);
                case YAML -> YAML.readTree(content);
                case XML -> xmlTree(content);
            };
        } catch (JacksonException e) {
            throw new InvalidProposalException("(body)", "not well-formed " + format + ": " + e.getOriginalMessage()
                    + location(e));
        }
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    // ------------------------------------------------------------------ XML

    private static JsonNode xmlTree(byte[] content) {
        XmlProposal xml;
        try {
            XMLStreamReader reader = safeXmlReader(content);
            xml = XML_CONTEXT.createUnmarshaller().unmarshal(reader, XmlProposal.class).getValue();
        } catch (UnmarshalException e) {
            Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e;
            throw new InvalidProposalException("(body)", "not a valid XML proposal: " + firstLine(cause));
        } catch (JAXBException | XMLStreamException | IllegalStateException e) {
            throw new InvalidProposalException("(body)", "not a valid XML proposal: " + firstLine(e));
        }
        return toTree(xml);
    }

    private static XMLStreamReader safeXmlReader(byte[] content) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        XMLStreamReader raw = factory.createXMLStreamReader(new ByteArrayInputStream(content));
        return factory.createFilteredReader(raw, r -> {
            if (r.getEventType() == XMLStreamConstants.DTD || r.getEventType() == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new IllegalStateException("DOCTYPE declarations and entities are not allowed");
            }
            return true;
        });
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m).strip();
    }

    private static ObjectNode toTree(XmlProposal xml) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        putIfPresent(root, "id", xml.id);
        putIfPresent(root, "title", xml.title);
        putIfPresent(root, "jurisdiction", xml.jurisdiction);
        putIfPresent(root, "entryIntoForce", xml.entryIntoForce);
        ArrayNode measures = root.putArray("measures");
        for (XmlProposal.XmlMeasure m : xml.measures) {
            ObjectNode node = measures.addObject();
            putIfPresent(node, "id", m.id);
            putIfPresent(node, "type", m.type);
            m.targetGroups.forEach(node.withArray("targetGroups")::add);
            ObjectNode params = node.putObject("parameters");
            for (XmlProposal.XmlParameter p : m.parameters) {
                if (params.has(p.name)) throw new InvalidProposalException("measures[" + m.id + "].parameters." + p.name, "given twice");
                params.set(p.name, xmlValue(p.value));
            }
            m.safeguards.forEach(node.withArray("safeguards")::add);
            m.exemptions.forEach(node.withArray("exemptions")::add);
            putIfPresent(node, "description", m.description);
        }
        return root;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) node.put(field, value.strip());
    }

    /** XML carries text: "true"/"false" become booleans, decimal numbers numbers, the rest strings. */
    private static JsonNode xmlValue(String raw) {
        String v = raw == null ? "" : raw.strip();
        if (v.equals("true") || v.equals("false")) return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(v));
        if (v.matches("-?\\d+(\\.\\d+)?")) return JsonNodeFactory.instance.numberNode(new BigDecimal(v));
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
