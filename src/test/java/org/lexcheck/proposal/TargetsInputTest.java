package org.lexcheck.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.lexcheck.proposal.xml.XmlProposal;

/** Nationalities and the destination country are read alike in JSON, YAML and XML, and checked as ISO codes. */
class TargetsInputTest {

    private static Proposal parse(String text, ProposalFormat format) {
        return TestSupport.checker()
                .current()
                .validator()
                .validate(ProposalReader.readTree(text.getBytes(StandardCharsets.UTF_8), format));
    }

    private static String json(String targets) {
        return "{\"jurisdiction\":\"NL\",\"measures\":[{\"id\":\"m1\",\"type\":\"RT_RETURN_ARRANGEMENT\","
                + "\"targetGroups\":[\"RETURNEE\"]" + targets + "}]}";
    }

    @Test
    void nationalitiesAndDestinationAreReadInEveryFormat() {
        Targets expected = new Targets(List.of("SY", "AF"), "RW");
        assertThat(parse(
                                json(",\"nationalities\":[\"SY\",\"AF\",\"SY\"],\"destinationCountry\":\"RW\""),
                                ProposalFormat.JSON)
                        .measures()
                        .get(0)
                        .targets())
                .isEqualTo(expected);
        String yaml = "jurisdiction: NL\nmeasures:\n  - id: m1\n    type: RT_RETURN_ARRANGEMENT\n"
                + "    targetGroups: [RETURNEE]\n    countriesOfOrigin: [SY, AF]\n    destinationCountry: RW\n";
        assertThat(parse(yaml, ProposalFormat.YAML).measures().get(0).targets()).isEqualTo(expected);
        String xml = "<proposal xmlns=\"urn:lexcheck:proposal:1\" jurisdiction=\"NL\">"
                + "<measure id=\"m1\" type=\"RT_RETURN_ARRANGEMENT\"><targetGroup>RETURNEE</targetGroup>"
                + "<nationality>SY</nationality><nationality>AF</nationality>"
                + "<destinationCountry>RW</destinationCountry></measure></proposal>";
        Proposal fromXml = parse(xml, ProposalFormat.XML);
        assertThat(fromXml.measures().get(0).targets()).isEqualTo(expected);
        // and the XML form of a validated proposal carries them back
        XmlProposal back = XmlProposal.of(fromXml);
        assertThat(back.measures.get(0).nationalities).containsExactly("SY", "AF");
        assertThat(back.measures.get(0).destinationCountry).isEqualTo("RW");
    }

    @Test
    void aMeasureWithoutCountriesTargetsNone() {
        assertThat(parse(json(""), ProposalFormat.JSON).measures().get(0).targets())
                .isEqualTo(Targets.NONE);
    }

    @Test
    void anUnknownCountryIsRefusedWithTheFieldAndTheAllowedCodes() {
        assertThatThrownBy(() -> parse(json(",\"nationalities\":[\"SY\",\"XX\"]"), ProposalFormat.JSON))
                .isInstanceOf(InvalidProposalException.class)
                .hasMessageContaining("unknown country 'XX'")
                .satisfies(e -> {
                    InvalidProposalException i = (InvalidProposalException) e;
                    assertThat(i.field()).isEqualTo("measures[0].nationalities[1]");
                    assertThat(i.allowed()).contains("SY", "RW");
                });
        assertThatThrownBy(() -> parse(json(",\"destinationCountry\":\"Rwanda\""), ProposalFormat.JSON))
                .isInstanceOf(InvalidProposalException.class)
                .satisfies(e ->
                        assertThat(((InvalidProposalException) e).field()).isEqualTo("measures[0].destinationCountry"));
        assertThatThrownBy(() -> parse(json(",\"nationalities\":\"SY\""), ProposalFormat.JSON))
                .isInstanceOf(InvalidProposalException.class)
                .satisfies(
                        e -> assertThat(((InvalidProposalException) e).field()).isEqualTo("measures[0].nationalities"));
    }

    @Test
    void bothNamesForTheSameListAreRefused() {
        assertThatThrownBy(() ->
                        parse(json(",\"nationalities\":[\"SY\"],\"countriesOfOrigin\":[\"AF\"]"), ProposalFormat.JSON))
                .isInstanceOf(InvalidProposalException.class)
                .hasMessageContaining("not both");
    }
}
