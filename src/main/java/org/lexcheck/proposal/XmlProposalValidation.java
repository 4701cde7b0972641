package org.lexcheck.proposal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Checks an XML proposal before it is bound: well-formed, no DOCTYPE or entities, the right root
 * element, and valid against the published {@code proposal-1.xsd}, so that an unknown or misspelt
 * element is refused as JSON refuses an unknown field. Errors name the element path.
 */
final class XmlProposalValidation {
    static final String NAMESPACE = "urn:lexcheck:proposal:1";
    private static final String ROOT = "proposal";
    private static final Schema SCHEMA = loadSchema();

    private XmlProposalValidation() {}

    /** A reader that refuses DOCTYPE declarations and entity references and never reads anything external. */
    static XMLStreamReader safeReader(byte[] content) throws XMLStreamException {
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

    static void validate(byte[] content) {
        ElementPath path = new ElementPath();
        try {
            requireRoot(safeReader(content));
            ValidatorHandler validator = SCHEMA.newValidatorHandler();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            FirstError first = new FirstError(path);
            validator.setErrorHandler(first);
            XMLReader parser = secureParser();
            parser.setContentHandler(new PathTracking(path, validator));
            parser.parse(new InputSource(new ByteArrayInputStream(content)));
            first.throwIfAny();
        } catch (SAXParseException e) {
            throw new InvalidProposalException(
                    "(body)", "not a valid XML proposal: " + firstLine(e) + at(e.getLineNumber(), e.getColumnNumber()));
        } catch (SAXException
                | ParserConfigurationException
                | XMLStreamException
                | IllegalStateException
                | IOException e) {
            Throwable cause = e.getCause() instanceof XMLStreamException x ? x : e;
            throw new InvalidProposalException("(body)", "not a valid XML proposal: " + firstLine(cause));
        }
    }

    /** Namespace-aware, no DOCTYPE, no external entities or schemas. */
    private static XMLReader secureParser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        return factory.newSAXParser().getXMLReader();
    }

    /** Passes the document to the schema validator, moving the path first so that each error knows its field. */
    private static final class PathTracking extends org.xml.sax.helpers.XMLFilterImpl {
        private final ElementPath path;

        PathTracking(ElementPath path, ValidatorHandler validator) {
            this.path = path;
            setContentHandler(validator);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            path.enter(localName, atts.getValue("", "name"));
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            super.endElement(uri, localName, qName);
            path.leave();
        }
    }

    /**
     * Keeps the first schema error with its field. A bad attribute value gives two errors at one
     * place, the facet first and then the one naming the attribute: the second names the field better.
     */
    private static final class FirstError implements org.xml.sax.ErrorHandler {
        private final ElementPath path;
        private SAXParseException first;
        private String field;

        FirstError(ElementPath path) {
            this.path = path;
        }

        @Override
        public void warning(SAXParseException e) {
            // warnings do not make a proposal invalid
        }

        @Override
        public void error(SAXParseException e) {
            boolean samePlace = first != null
                    && first.getLineNumber() == e.getLineNumber()
                    && first.getColumnNumber() == e.getColumnNumber();
            if (first == null) {
                first = e;
                field = path.field(e.getMessage());
            } else if (samePlace
                    && e.getMessage().contains("attribute '")
                    && !first.getMessage().contains("attribute '")) {
                field = path.field(e.getMessage());
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }

        void throwIfAny() {
            if (first != null) {
                throw new InvalidProposalException(
                        field, withoutCode(first.getMessage()) + at(first.getLineNumber(), first.getColumnNumber()));
            }
        }
    }

    /** A wrong root or namespace is named as such, not as a schema error about a missing declaration. */
    private static void requireRoot(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext() && reader.next() != XMLStreamConstants.START_ELEMENT) {
            // skip the prolog: comments and processing instructions
        }
        if (!reader.isStartElement())
            throw new InvalidProposalException("(body)", "not a valid XML proposal: no root element");
        String ns = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
        if (!ROOT.equals(reader.getLocalName()) || !NAMESPACE.equals(ns)) {
            throw new InvalidProposalException(
                    "(root)",
                    "expected the root element <" + ROOT + " xmlns=\"" + NAMESPACE + "\">, got <"
                            + reader.getLocalName() + (ns.isEmpty() ? " (no namespace)" : " xmlns=\"" + ns + "\"")
                            + ">",
                    java.util.List.of("{" + NAMESPACE + "}" + ROOT));
        }
    }

    private static String withoutCode(String message) {
        return message.replaceFirst("^cvc-[\\w.-]+: ", "").replace("\"" + NAMESPACE + "\":", "");
    }

    private static String at(int line, int column) {
        return line > 0 ? " (line " + line + ", column " + column + ")" : "";
    }

    static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m).strip();
    }

    private static Schema loadSchema() {
        try (InputStream xsd = XmlProposalValidation.class.getResourceAsStream("/static/schema/proposal-1.xsd")) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(xsd));
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("cannot load the proposal schema", e);
        }
    }

    /**
     * The field being read, named as the validator names JSON fields ({@code measures[1].parameters.months},
     * {@code measures[0].paramter} for an unknown element).
     */
    private static final class ElementPath {
        private static final Map<String, String> LISTS = Map.of(
                "measure",
                "measures",
                "targetGroup",
                "targetGroups",
                "safeguard",
                "safeguards",
                "exemption",
                "exemptions");

        private record Frame(String field, Map<String, Integer> children) {}

        private final Deque<Frame> open = new ArrayDeque<>();

        void enter(String name, String nameAttribute) {
            Frame parent = open.peek();
            if (parent == null) {
                open.push(new Frame("", new HashMap<>()));
                return;
            }
            String step;
            if (name.equals("parameter") && nameAttribute != null) step = "parameters." + nameAttribute;
            else if (LISTS.containsKey(name))
                step = LISTS.get(name) + "[" + (parent.children().merge(name, 1, Integer::sum) - 1) + "]";
            else step = name;
            open.push(new Frame(parent.field().isEmpty() ? step : parent.field() + "." + step, new HashMap<>()));
        }

        void leave() {
            open.pop();
        }

        /** The field, refined by the attribute a message names ("attribute 'jurisdiction'"). */
        String field(String message) {
            String at = open.isEmpty() ? "" : open.peek().field();
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("(?i)attribute '([^']+)'").matcher(message);
            if (m.find()) at = at.isEmpty() ? m.group(1) : at + "." + m.group(1);
            return at.isEmpty() ? "(root)" : at;
        }
    }
}
