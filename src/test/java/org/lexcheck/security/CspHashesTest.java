package org.lexcheck.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.lexcheck.knowledge.Language;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.report.Messages;
import org.lexcheck.report.ReportFormat;
import org.lexcheck.report.ReportWriter;
import org.lexcheck.system.Checker;

/**
 * The Content-Security-Policy allows no inline style but the stylesheets of the HTML report
 * documents, by hash: every {@code <style>} those documents carry (a report, states side by side)
 * must have its hash in the policy, or a browser would show them unstyled.
 */
class CspHashesTest {
    @Test
    void everyStyleOfTheHtmlDocumentsIsAllowedByItsHash() throws Exception {
        Checker checker = TestSupport.checker();
        Checker.Pinned pinned = checker.pin();
        var proposal = pinned.parse(
                Files.readAllBytes(Path.of("examples/nl-subsidiary-protection-waiting-36-months.json")),
                ProposalFormat.JSON);
        List<String> documents = new ArrayList<>();
        for (Language language : Language.values()) {
            documents.add(ReportWriter.write(
                    pinned.check(proposal, LocalDate.parse("2027-01-01"), language, false), ReportFormat.HTML));
            documents.add(ReportWriter.write(
                    pinned.compare(proposal, "jurisdictions", "NL,DK", LocalDate.parse("2027-01-01"), language),
                    ReportFormat.HTML,
                    new Messages(language)));
        }
        List<String> hashes = new ArrayList<>();
        Matcher styles = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(String.join("", documents));
        while (styles.find()) {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(styles.group(1).getBytes(StandardCharsets.UTF_8));
            hashes.add("'sha256-" + Base64.getEncoder().encodeToString(digest) + "'");
        }
        assertThat(hashes).hasSizeGreaterThanOrEqualTo(4);
        assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains(hashes);
        assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).doesNotContain("unsafe-inline");
    }
}
