package org.lexcheck.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import org.lexcheck.knowledge.Language;
import org.lexcheck.knowledge.Vocabulary;
import org.lexcheck.proposal.InvalidProposalException;
import org.lexcheck.proposal.Proposal;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.proposal.ProposalReader;
import org.lexcheck.report.ReportWriter;
import org.lexcheck.system.Checker;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The compose page at {@code /}: a form generated from the vocabulary (add and remove measures,
 * show a type's parameters with submit buttons, no script), or an upload of a proposal in JSON,
 * XML or YAML; checked for the states and dates chosen, stored, and shown at {@code /reports/{id}}.
 * Refused input comes back to the form with the validator's message naming the field.
 */
@Controller
class ComposeController {
    private final PageChecks checks;
    private final MessageSource texts;

    ComposeController(PageChecks checks, MessageSource texts) {
        this.checks = checks;
        this.texts = texts;
    }

    @GetMapping("/")
    String compose(HttpServletRequest request, Model model) {
        Checker.Pinned pinned = checks.pin();
        return page(model, request, pinned, ProposalForm.blank(vocabulary(pinned)), null, null);
    }

    @PostMapping("/")
    String submit(
            HttpServletRequest request,
            HttpServletResponse response,
            Principal user,
            Model model,
            @RequestParam(value = "action", defaultValue = "check") String action) {
        Checker.Pinned pinned = checks.pin();
        Vocabulary vocabulary = vocabulary(pinned);
        ProposalForm form = ProposalForm.read(request);
        if (action.equals("add")) {
            String first = vocabulary.measureTypes().keySet().stream()
                    .sorted()
                    .findFirst()
                    .orElse("");
            return page(model, request, pinned, form.withMeasure(MeasureForm.empty(first)), null, null);
        }
        if (action.startsWith("remove-")) {
            int index = -1;
            try {
                index = Integer.parseInt(action.substring("remove-".length()));
            } catch (NumberFormatException e) {
                // nothing to remove
            }
            return page(model, request, pinned, form.withoutMeasure(index), null, null);
        }
        if (!action.equals("check")) return page(model, request, pinned, form, null, null);
        try {
            var tree = form.toJson(vocabulary);
            Proposal proposal = pinned.validate(tree);
            List<String> states = PageChecks.states(pinned, form.getStates(), proposal);
            String id = checks.check(
                    user.getName(),
                    pinned,
                    proposal,
                    ProposalFormat.JSON,
                    ReportWriter.json().writerWithDefaultPrettyPrinter().writeValueAsBytes(tree),
                    states,
                    form.referenceDates(),
                    PageLanguage.of(request));
            return "redirect:/reports/" + id;
        } catch (InvalidProposalException e) {
            checks.rejected();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, request, pinned, form, PageError.of(e), null);
        }
    }

    @PostMapping("/upload")
    String upload(
            HttpServletRequest request,
            HttpServletResponse response,
            Principal user,
            Model model,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(value = "states", required = false) String states,
            @RequestParam(value = "dates", required = false) String dates)
            throws IOException {
        Checker.Pinned pinned = checks.pin();
        try {
            if (file == null || file.isEmpty())
                throw new InvalidProposalException("file", "choose a proposal file (.json, .xml, .yaml or .yml)");
            if (file.getSize() > ProposalReader.MAX_BYTES)
                throw new InvalidProposalException("file", "larger than " + ProposalReader.MAX_BYTES + " bytes");
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            ProposalFormat format = ProposalFormat.ofFileName(name);
            byte[] body = file.getBytes();
            Proposal proposal = pinned.parse(body, format);
            String id = checks.check(
                    user.getName(),
                    pinned,
                    proposal,
                    format,
                    body,
                    PageChecks.states(pinned, states, proposal),
                    ProposalForm.dates(dates),
                    PageLanguage.of(request));
            return "redirect:/reports/" + id;
        } catch (InvalidProposalException e) {
            checks.rejected();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            ProposalForm form = ProposalForm.blank(vocabulary(pinned));
            return page(model, request, pinned, form, null, PageError.of(e));
        }
    }

    private static Vocabulary vocabulary(Checker.Pinned pinned) {
        return pinned.version().knowledge().vocabulary();
    }

    private String page(
            Model model,
            HttpServletRequest request,
            Checker.Pinned pinned,
            ProposalForm form,
            PageError formError,
            PageError uploadError) {
        Language language = PageLanguage.of(request);
        model.addAttribute("form", form);
        model.addAttribute("vocab", new FormVocabulary(vocabulary(pinned), language, texts));
        model.addAttribute("error", formError);
        model.addAttribute("uploadError", uploadError);
        return "compose";
    }
}
