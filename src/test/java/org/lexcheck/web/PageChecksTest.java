package org.lexcheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The page's controllers without a browser: the form's buttons, the kinds of check (one state,
 * states side by side, several dates), refused input with the field named, upload, re-run, and
 * that a page check is stored where the API lists it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "lexcheck.reload.watch=false")
class PageChecksTest {
    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    private static MockHttpServletRequestBuilder form(String... fields) {
        MockHttpServletRequestBuilder b =
                post("/").with(csrf()).with(user("fenna").roles("ADVISER"));
        for (int i = 0; i + 1 < fields.length; i += 2) b.param(fields[i], fields[i + 1]);
        return b;
    }

    private static final String[] ONE_MEASURE = {
        "id",
        "page-test",
        "count",
        "1",
        "m0.type",
        "FR_WAITING_PERIOD",
        "m0.groups",
        "SUBSIDIARY_PROTECTION",
        "m0.p.months",
        "36"
    };

    private static String[] with(String... more) {
        String[] all = java.util.Arrays.copyOf(ONE_MEASURE, ONE_MEASURE.length + more.length);
        System.arraycopy(more, 0, all, ONE_MEASURE.length, more.length);
        return all;
    }

    private String followed(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        String location = result.getResponse().getRedirectedUrl();
        return mvc.perform(get(location).with(user("fenna").roles("ADVISER")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theButtonsAddAndRemoveMeasuresAndKeepWhatWasTyped() throws Exception {
        String added = mvc.perform(form(with("action", "add")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(added).contains("id=\"measure-1\"").contains("value=\"36\"");
        String removed = mvc.perform(form(with("action", "remove-0")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(removed).doesNotContain("id=\"measure-0\"");
    }

    @Test
    void oneStateOnOneDateGivesAReportStoredWhereTheApiListsIt() throws Exception {
        MvcResult r = mvc.perform(form(with("states", "NL", "dates", "2027-01-01", "action", "check")))
                .andReturn();
        String page = followed(r);
        assertThat(page).contains("table class=\"matrix verdicts\"").contains("ECHR Art 8");
        String id = r.getResponse().getRedirectedUrl().replace("/reports/", "");
        String listed = mvc.perform(get("/api/v1/reports").with(user("fenna").roles("ADVISER")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(listed).contains(id);
        String again = mvc.perform(post("/reports/" + id + "/rerun")
                        .with(csrf())
                        .with(user("fenna").roles("ADVISER")))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(again).startsWith("/compare?a=" + id + "&b=");
        String since = mvc.perform(get(again).with(user("fenna").roles("ADVISER")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(since).contains("id=\"law-change\"").contains("has not changed since stored check " + id);
        String metrics = mvc.perform(
                        get("/actuator/prometheus").with(user("root").roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(metrics).contains("lexcheck_check_duration_seconds_count").contains("lexcheck_checks_total");
    }

    @Test
    void severalStatesAreSideBySideAndSeveralDatesAWhatIf() throws Exception {
        String states = followed(mvc.perform(form(with("states", "NL,DK", "dates", "2027-01-01", "action", "check")))
                .andReturn());
        assertThat(states).contains("id=\"states-matrix\"").contains(">DK<");
        String dates =
                followed(mvc.perform(form(with("states", "NL", "dates", "2026-01-01,2027-01-01", "action", "check")))
                        .andReturn());
        assertThat(dates).contains("id=\"changes-heading\"").contains("2026-01-01");
    }

    @Test
    void refusedInputNamesTheFieldNextToTheForm() throws Exception {
        for (String[] bad : new String[][] {
            with("states", "XX", "action", "check"),
            with("states", "NL,DK", "dates", "2026-01-01,2027-01-01", "action", "check"),
            with("states", "NL", "dates", "tomorrow", "action", "check"),
            {
                "id",
                "p",
                "count",
                "1",
                "m0.type",
                "FR_WAITING_PERIOD",
                "m0.groups",
                "SUBSIDIARY_PROTECTION",
                "m0.p.months",
                "many",
                "states",
                "NL",
                "action",
                "check"
            },
            {
                "id",
                "p",
                "count",
                "1",
                "m0.type",
                "FR_WAITING_PERIOD",
                "m0.groups",
                "NO_SUCH_GROUP",
                "states",
                "NL",
                "action",
                "check"
            }
        }) {
            var response = mvc.perform(form(bad)).andReturn().getResponse();
            assertThat(response.getStatus()).as(String.join(" ", bad)).isEqualTo(400);
            assertThat(response.getContentAsString())
                    .contains("id=\"form-error\"")
                    .contains("class=\"field-name\"")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void anUploadedProposalIsCheckedAndABadOneRefused() throws Exception {
        byte[] yaml = Files.readAllBytes(Path.of("examples/nl-subsidiary-protection-waiting-36-months.yaml"));
        MvcResult r = mvc.perform(multipart("/upload")
                        .file(new MockMultipartFile("file", "proposal.yaml", "application/yaml", yaml))
                        .param("dates", "2027-01-01")
                        .with(csrf())
                        .with(user("fenna").roles("ADVISER")))
                .andReturn();
        assertThat(followed(r)).contains("nl-2027-family-reunification");
        var bad = mvc.perform(multipart("/upload")
                        .file(new MockMultipartFile("file", "proposal.json", "application/json", "{\"id\":".getBytes()))
                        .with(csrf())
                        .with(user("fenna").roles("ADVISER")))
                .andReturn()
                .getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("id=\"upload-error\"");
    }

    @Test
    void theOwnerSharesWithHerTeamAndOnlyTheTeamReadsIt() throws Exception {
        var ina = user("ina").authorities(adviser(), team("asylum-unit"));
        MvcResult r = mvc.perform(post("/")
                        .with(csrf())
                        .with(ina)
                        .param("id", "shared-test")
                        .param("count", "1")
                        .param("m0.type", "FR_WAITING_PERIOD")
                        .param("m0.groups", "SUBSIDIARY_PROTECTION")
                        .param("m0.p.months", "18")
                        .param("states", "NL")
                        .param("action", "check"))
                .andReturn();
        String location = r.getResponse().getRedirectedUrl();
        var colleague = user("jan").authorities(adviser(), team("asylum-unit"));
        var stranger = user("kees").authorities(adviser(), team("other-unit"));
        assertThat(mvc.perform(get(location).with(colleague))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        String page =
                mvc.perform(get(location).with(ina)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"share\"").contains("asylum-unit");
        assertThat(mvc.perform(post(location + "/team")
                                .with(csrf())
                                .with(stranger)
                                .param("team", "other-unit"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        mvc.perform(post(location + "/team").with(csrf()).with(ina).param("team", "asylum-unit"));
        var read = mvc.perform(get(location).with(colleague)).andReturn().getResponse();
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(read.getContentAsString()).contains("id=\"shared-with\"").doesNotContain("id=\"delete\"");
        assertThat(mvc.perform(get("/reports").with(colleague))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(location);
        assertThat(mvc.perform(get(location).with(stranger))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        mvc.perform(post(location + "/delete").with(csrf()).with(ina));
        assertThat(mvc.perform(get(location).with(ina))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private static GrantedAuthority adviser() {
        return new SimpleGrantedAuthority("ROLE_ADVISER");
    }

    private static GrantedAuthority team(String name) {
        return new SimpleGrantedAuthority("TEAM_" + name);
    }

    @Test
    void aCheckAskedOnTheApiInTextIsDrawnFromItsFindings() throws Exception {
        var lena = user("lena").roles("ADVISER");
        String location = mvc.perform(post("/api/v1/checks")
                        .with(lena)
                        .contentType("application/json")
                        .accept("text/plain")
                        .content(Files.readAllBytes(
                                Path.of("examples/nl-subsidiary-protection-waiting-36-months.json"))))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        String page = mvc.perform(get("/reports/" + id).with(lena))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("table class=\"matrix verdicts\"").contains("M.A. v. Denmark");
        var document = mvc.perform(get("/reports/" + id + "/document").with(lena))
                .andReturn()
                .getResponse();
        assertThat(document.getContentType()).startsWith("text/plain");
    }

    @Test
    void cumulativeTimelinesAreDrawn() throws Exception {
        byte[] json = Files.readAllBytes(Path.of("examples/nl-two-status-cumulative-timeline.json"));
        MvcResult r = mvc.perform(multipart("/upload")
                        .file(new MockMultipartFile("file", "timeline.json", "application/json", json))
                        .with(csrf())
                        .with(user("fenna").roles("ADVISER")))
                .andReturn();
        String page = followed(r);
        assertThat(page).contains("<figure class=\"timeline\">").contains("class=\"segment s0\"");
    }
}
