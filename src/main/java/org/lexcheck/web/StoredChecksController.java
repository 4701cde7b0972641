package org.lexcheck.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lexcheck.knowledge.Language;
import org.lexcheck.knowledge.Vocabulary;
import org.lexcheck.proposal.Proposal;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.report.Report;
import org.lexcheck.report.ReportDiff;
import org.lexcheck.store.ReportQuery;
import org.lexcheck.store.ReportStore;
import org.lexcheck.store.StoredReport;
import org.lexcheck.system.Checker;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Stored checks on the page: the signed-in user's list ({@code /reports}), one check
 * ({@code /reports/{id}}, 404 for anyone who may not read it), its document as stored, a re-run
 * against today's knowledge and the comparison of two stored checks ({@code /compare?a=&b=}).
 */
@Controller
class StoredChecksController {
    private static final int PAGE_SIZE = 20;

    private final ReportStore store;
    private final PageChecks checks;

    StoredChecksController(ReportStore store, PageChecks checks) {
        this.store = store;
        this.checks = checks;
    }

    @GetMapping("/reports")
    String list(Principal user, Model model, @RequestParam(value = "page", defaultValue = "0") String page) {
        int number = 0;
        try {
            number = Math.max(0, Integer.parseInt(page));
        } catch (NumberFormatException e) {
            // the first page
        }
        List<StoredReport> reports =
                store.list(new ReportQuery(user.getName(), Set.of(), null, null, null, null, number, PAGE_SIZE));
        model.addAttribute("reports", reports);
        model.addAttribute("page", number);
        model.addAttribute("more", reports.size() == PAGE_SIZE);
        return "reports";
    }

    @GetMapping("/reports/{id}")
    String view(@PathVariable("id") String id, Principal user, HttpServletRequest request, Model model) {
        StoredCheck check = StoredCheck.of(find(id, user));
        Vocabulary vocabulary = checks.pin().version().knowledge().vocabulary();
        model.addAttribute("check", check);
        model.addAttribute("stored", check.stored());
        switch (check.kind()) {
            case REPORT -> model.addAttribute("views", List.of(new ReportView(check.report(), vocabulary)));
            case WHAT_IF -> {
                model.addAttribute(
                        "views",
                        check.whatIf().reports().stream()
                                .map(r -> new ReportView(r, vocabulary))
                                .toList());
                List<Report> reports = check.whatIf().reports();
                model.addAttribute(
                        "changes",
                        check.whatIf().changes().stream()
                                .map(d -> DiffView.of(d, reports.get(reports.size() - 1)))
                                .toList());
            }
            case STATES -> model.addAttribute("comparison", check.comparison());
            default -> {}
        }
        model.addAttribute(
                "otherLanguage",
                !check.language().equals(PageLanguage.of(request).code()));
        return "report";
    }

    /** The document as stored, byte for byte, with its media type. */
    @GetMapping("/reports/{id}/document")
    ResponseEntity<byte[]> document(@PathVariable("id") String id, Principal user) {
        StoredReport r = find(id, user);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(r.reportMediaType() + ";charset=UTF-8"))
                .body(r.report());
    }

    /**
     * Checks the stored proposal again on today's knowledge, for the same states and dates, in the
     * page's language; stores the new check and shows what changed since.
     */
    @PostMapping("/reports/{id}/rerun")
    String rerun(@PathVariable("id") String id, Principal user, HttpServletRequest request) {
        StoredCheck old = StoredCheck.of(find(id, user));
        StoredReport stored = old.stored();
        Checker.Pinned pinned = checks.pin();
        ProposalFormat format = format(stored.proposalMediaType());
        Proposal proposal = pinned.parse(stored.proposal(), format);
        List<LocalDate> dates =
                stored.referenceDates().stream().map(LocalDate::parse).toList();
        Language language = PageLanguage.of(request);
        String fresh = checks.check(
                user.getName(),
                pinned,
                proposal,
                stored.proposal(),
                stored.proposalMediaType(),
                old.states(),
                old.kind() == StoredCheck.Kind.STATES ? dates.subList(0, 1) : dates,
                language);
        if (old.primary() == null) return "redirect:/reports/" + fresh;
        return "redirect:/compare?a=" + id + "&b=" + fresh + "&rerun=true";
    }

    @GetMapping("/compare")
    String compare(
            Principal user,
            Model model,
            @RequestParam(value = "a", required = false) String a,
            @RequestParam(value = "b", required = false) String b,
            @RequestParam(value = "rerun", required = false) String rerun) {
        model.addAttribute(
                "reports",
                store.list(new ReportQuery(user.getName(), Set.of(), null, null, null, null, 0, ReportQuery.MAX_SIZE)));
        model.addAttribute("a", a);
        model.addAttribute("b", b);
        model.addAttribute("rerun", "true".equals(rerun));
        if (a == null || b == null || a.isBlank() || b.isBlank()) return "compare";
        StoredCheck first = StoredCheck.of(find(a, user));
        StoredCheck second = StoredCheck.of(find(b, user));
        model.addAttribute("first", first.stored());
        model.addAttribute("second", second.stored());
        if (first.primary() == null || second.primary() == null) {
            model.addAttribute("unsupported", true);
            return "compare";
        }
        ReportDiff diff = ReportDiff.between(
                first.primary(), second.primary(), checks.pin().successions());
        model.addAttribute("diff", DiffView.of(diff, second.primary()));
        return "compare";
    }

    private StoredReport find(String id, Principal user) {
        return store.find(id, user.getName(), Set.of()).orElseThrow(ReportNotFoundException::new);
    }

    private static ProposalFormat format(String mediaType) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (type.contains("xml")) return ProposalFormat.XML;
        if (type.contains("yaml")) return ProposalFormat.YAML;
        return ProposalFormat.JSON;
    }
}
