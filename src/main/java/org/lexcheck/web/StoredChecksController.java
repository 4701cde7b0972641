package org.lexcheck.web;

import java.util.List;
import org.lexcheck.archive.StoredChecks;
import org.lexcheck.knowledge.Language;
import org.lexcheck.knowledge.Successions;
import org.lexcheck.knowledge.Vocabulary;
import org.lexcheck.report.LawChange;
import org.lexcheck.report.Messages;
import org.lexcheck.report.Report;
import org.lexcheck.report.ReportDiff;
import org.lexcheck.security.Caller;
import org.lexcheck.store.ReportQuery;
import org.lexcheck.store.StoredReport;
import org.lexcheck.system.Checker;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Stored checks on the page, through the archive ({@link StoredChecks}): the list of the signed-in
 * user's checks and those shared with their teams ({@code /reports}), one check
 * ({@code /reports/{id}}, 404 for anyone who may not read it), its document as stored, sharing
 * with a team and deleting (the owner), a re-run on the law serving now, and the comparison of two
 * stored checks ({@code /compare?a=&b=}): what appeared, disappeared or changed.
 */
@Controller
class StoredChecksController {
    private static final int PAGE_SIZE = 20;

    private final PageChecks checks;
    private final StoredChecks archive;

    StoredChecksController(PageChecks checks) {
        this.checks = checks;
        this.archive = checks.archive();
    }

    @GetMapping("/reports")
    String list(Authentication auth, Model model, @RequestParam(value = "page", defaultValue = "0") String page) {
        Caller caller = Caller.of(auth);
        int number = 0;
        try {
            number = Math.max(0, Integer.parseInt(page));
        } catch (NumberFormatException e) {
            // the first page
        }
        List<StoredReport> reports =
                archive.list(new ReportQuery(caller.name(), caller.teams(), null, null, null, null, number, PAGE_SIZE));
        model.addAttribute("reports", reports);
        model.addAttribute("page", number);
        model.addAttribute("more", reports.size() == PAGE_SIZE);
        return "reports";
    }

    @GetMapping("/reports/{id}")
    String view(@PathVariable("id") String id, Authentication auth, Model model) {
        Caller caller = Caller.of(auth);
        Checker.Pinned pinned = checks.pin();
        StoredCheck check = read(id, caller, pinned.successions());
        Vocabulary vocabulary = pinned.version().knowledge().vocabulary();
        model.addAttribute("check", check);
        model.addAttribute("stored", check.stored());
        model.addAttribute(
                "views",
                check.reports().stream().map(r -> new ReportView(r, vocabulary)).toList());
        model.addAttribute("comparison", check.comparison());
        Report last = check.reports().isEmpty()
                ? null
                : check.reports().get(check.reports().size() - 1);
        model.addAttribute(
                "changes",
                check.changes().stream().map(d -> DiffView.of(d, last)).toList());
        model.addAttribute("owner", check.stored().owner().equals(caller.name()));
        model.addAttribute("teams", caller.teams());
        return "report";
    }

    /** The document as stored, byte for byte, with its media type. */
    @GetMapping("/reports/{id}/document")
    ResponseEntity<byte[]> document(@PathVariable("id") String id, Authentication auth) {
        Caller caller = Caller.of(auth);
        StoredReport r = archive.find(id, caller.name(), caller.teams()).orElseThrow(ReportNotFoundException::new);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(r.reportMediaType() + ";charset=UTF-8"))
                .body(r.report());
    }

    /** The owner shares the check with one of their teams, or with nobody ({@code team} empty). */
    @PostMapping("/reports/{id}/team")
    String share(
            @PathVariable("id") String id,
            Authentication auth,
            @RequestParam(value = "team", defaultValue = "") String team) {
        Caller caller = Caller.of(auth);
        String with = team.isBlank() ? null : team.strip();
        if (with != null && !caller.isIn(with)) throw new ReportNotFoundException();
        archive.share(id, caller.name(), with).orElseThrow(ReportNotFoundException::new);
        return "redirect:/reports/" + id;
    }

    /** The owner deletes the check. */
    @PostMapping("/reports/{id}/delete")
    String delete(@PathVariable("id") String id, Authentication auth) {
        if (!archive.delete(id, Caller.of(auth).name())) throw new ReportNotFoundException();
        return "redirect:/reports";
    }

    /**
     * Asks the stored check again on the law serving now (same proposal, states, dates, language),
     * stores the answer as its revision and shows what changed in the law since.
     */
    @PostMapping("/reports/{id}/rerun")
    String rerun(@PathVariable("id") String id, Authentication auth) {
        Caller caller = Caller.of(auth);
        StoredChecks.Rerun rerun = archive.rerun(id, caller.name(), caller.teams(), checks.pin())
                .orElseThrow(ReportNotFoundException::new);
        return "redirect:/compare?a=" + id + "&b=" + rerun.report().id();
    }

    @GetMapping("/compare")
    String compare(
            Authentication auth,
            Model model,
            @RequestParam(value = "a", required = false) String a,
            @RequestParam(value = "b", required = false) String b) {
        Caller caller = Caller.of(auth);
        model.addAttribute(
                "reports",
                archive.list(new ReportQuery(
                        caller.name(), caller.teams(), null, null, null, null, 0, ReportQuery.MAX_SIZE)));
        model.addAttribute("a", a);
        model.addAttribute("b", b);
        if (a == null || b == null || a.isBlank() || b.isBlank()) return "compare";
        Successions successions = checks.pin().successions();
        StoredCheck first = read(a, caller, successions);
        StoredCheck second = read(b, caller, successions);
        model.addAttribute("first", first.stored());
        model.addAttribute("second", second.stored());
        Report then = first.primary();
        Report now = second.primary();
        if (then == null || now == null) {
            model.addAttribute("unsupported", "page.compare.unsupported");
            return "compare";
        }
        Language language = Language.of(now.language()).orElse(Language.EN);
        boolean revision = a.equals(second.stored().revisionOf());
        if (revision || !then.provenance().equals(now.provenance())) {
            // The same question asked of two versions of the law: what changed in the law since.
            try {
                LawChange change = LawChange.of(
                        a,
                        b,
                        new Report.Provenance(
                                first.stored().rulesVersion(),
                                first.stored().ontologyVersion(),
                                first.stored().engineVersion()),
                        first.reports(),
                        second.reports(),
                        successions);
                Messages m = new Messages(language);
                model.addAttribute(
                        "lawChange",
                        m.get(
                                change.lawChanged() ? "lawchange.title" : "lawchange.same",
                                a,
                                change.before().rulesVersion(),
                                change.before().ontologyVersion(),
                                change.after().rulesVersion(),
                                change.after().ontologyVersion(),
                                b));
                model.addAttribute(
                        "diffs",
                        change.changes().stream().map(d -> DiffView.of(d, now)).toList());
            } catch (IllegalArgumentException e) {
                model.addAttribute("unsupported", "page.compare.versions");
            }
            return "compare";
        }
        if (first.reports().size() > 1 || second.reports().size() > 1) model.addAttribute("firstOnly", true);
        model.addAttribute("diffs", List.of(DiffView.of(ReportDiff.between(then, now, successions), now)));
        return "compare";
    }

    private StoredCheck read(String id, Caller caller, Successions successions) {
        StoredReport stored = archive.find(id, caller.name(), caller.teams()).orElseThrow(ReportNotFoundException::new);
        List<Report> reports;
        try {
            reports = archive.reports(stored);
        } catch (RuntimeException e) {
            reports = List.of();
        }
        return StoredCheck.of(stored, reports, successions);
    }
}
