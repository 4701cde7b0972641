package org.lexcheck.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.Marshaller;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.lexcheck.proposal.xml.XmlProposal;
import org.lexcheck.referencecase.ReferenceCaseLoader;

/** XML proposals are held to the published schema, which is as strict as the JSON validation. */
class XmlProposalTest {
    private static final Path XSD = Path.of("src/main/resources/static/schema/proposal-1.xsd");
    private static final String HEAD =
            "<proposal xmlns=\"urn:lexcheck:proposal:1\" id=\"p\" jurisdiction=\"NL\" entryIntoForce=\"2027-01-01\">";
    private static final String MEASURE =
            "<measure id=\"m1\" type=\"FR_WAITING_PERIOD\"><targetGroup>REFUGEE</targetGroup>"
                    + "<parameter name=\"months\">12</parameter></measure>";

    private static JsonTreeOrError read(String xml) {
        return new JsonTreeOrError(
                () -> ProposalReader.readTree(xml.getBytes(StandardCharsets.UTF_8), ProposalFormat.XML));
    }

    private record JsonTreeOrError(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        void failsOn(String field, String... messageParts) {
            assertThatThrownBy(call)
                    .isInstanceOf(InvalidProposalException.class)
                    .satisfies(e ->
                            assertThat(((InvalidProposalException) e).field()).isEqualTo(field))
                    .hasMessageContainingAll(messageParts);
        }
    }

    @Test
    void aWellFormedProposalReads() {
        var tree = ProposalReader.readTree(
                (HEAD + "<title>t</title>" + MEASURE + "</proposal>").getBytes(StandardCharsets.UTF_8),
                ProposalFormat.XML);
        assertThat(tree.get("measures").get(0).get("parameters").get("months").decimalValue())
                .isEqualByComparingTo("12");
    }

    @Test
    void aMisspeltElementIsRefusedNamingItRatherThanIgnored() {
        read(HEAD
                        + MEASURE.replace(
                                "<parameter name=\"months\">12</parameter>", "<paramter name=\"months\">12</paramter>")
                        + "</proposal>")
                .failsOn("measures[0].paramter", "paramter");
        read(HEAD + "<titel>x</titel>" + MEASURE + "</proposal>").failsOn("titel", "titel");
    }

    @Test
    void aWrongRootOrNamespaceIsNamedAsSuch() {
        read("<proposal xmlns=\"urn:lexcheck:proposal:2\" jurisdiction=\"NL\">" + MEASURE + "</proposal>")
                .failsOn(
                        "(root)",
                        "expected the root element <proposal xmlns=\"urn:lexcheck:proposal:1\">",
                        "urn:lexcheck:proposal:2");
        read("<report xmlns=\"urn:lexcheck:proposal:1\"/>").failsOn("(root)", "got <report");
        read("<proposal jurisdiction=\"NL\"/>").failsOn("(root)", "(no namespace)");
    }

    @Test
    void whatJsonRequiresTheSchemaRequiresToo() {
        read("<proposal xmlns=\"urn:lexcheck:proposal:1\">" + MEASURE + "</proposal>")
                .failsOn("jurisdiction", "jurisdiction");
        read(HEAD + "</proposal>").failsOn("(root)", "measure");
        read(HEAD + "<measure id=\"m1\" type=\"FR_WAITING_PERIOD\"/></proposal>")
                .failsOn("measures[0]", "targetGroup");
        read(HEAD.replace("2027-01-01", "2027-13-01") + MEASURE + "</proposal>")
                .failsOn("entryIntoForce", "2027-13-01");
        read(HEAD.replace("2027-01-01", "tomorrow") + MEASURE + "</proposal>").failsOn("entryIntoForce", "tomorrow");
        read(HEAD + MEASURE.replace(" type=\"FR_WAITING_PERIOD\"", "") + "</proposal>")
                .failsOn("measures[0].type", "type");
    }

    @Test
    void textsHaveTheSameLimitAsJson() {
        String longTitle = "x".repeat(ProposalTexts.MAX_CHARS + 1);
        read(HEAD + "<title>" + longTitle + "</title>" + MEASURE + "</proposal>")
                .failsOn("title", "65536");
    }

    @Test
    void aDoctypeIsStillRefused() {
        read("<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + HEAD.replace("id=\"p\"", "id=\"&x;\"") + MEASURE + "</proposal>")
                .failsOn("(body)", "not a valid XML proposal");
    }

    @Test
    void everyXmlExampleValidatesAgainstThePublishedSchema() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            List<Path> xml = files.filter(f -> f.toString().endsWith(".xml")).toList();
            assertThat(xml).isNotEmpty();
            for (Path f : xml) validate(Files.readString(f));
        }
    }

    @Test
    void everyReferenceCaseProposalValidatesAsXmlAndReadsBackUnchanged() throws Exception {
        var checker = TestSupport.checker();
        JAXBContext context = JAXBContext.newInstance(XmlProposal.class);
        List<Path> cases = ReferenceCaseLoader.files(Path.of("test-cases"));
        assertThat(cases).hasSizeGreaterThan(10);
        for (Path file : cases) {
            Proposal proposal = checker.current()
                    .validator()
                    .validate(ReferenceCaseLoader.load(file).proposal());
            Marshaller m = context.createMarshaller();
            StringWriter xml = new StringWriter();
            m.marshal(XmlProposal.of(proposal), xml);
            validate(xml.toString());
            assertThat(checker.parse(xml.toString().getBytes(StandardCharsets.UTF_8), ProposalFormat.XML))
                    .as(file.toString())
                    .isEqualTo(proposal);
        }
    }

    private static void validate(String xml) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.newSchema(XSD.toFile()).newValidator().validate(new StreamSource(new StringReader(xml)));
    }
}
