package org.lexcheck.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** The page's errors as a page: 404 for a report the reader may not see, 500 without any detail otherwise. */
@ControllerAdvice(assignableTypes = {ComposeController.class, StoredChecksController.class, LoginController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageExceptions {
    private static final Logger LOG = LoggerFactory.getLogger(PageExceptions.class);

    @ExceptionHandler(ReportNotFoundException.class)
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        PageModel.fill(model, request);
        model.addAttribute("status", 404);
        return "error";
    }

    /** Too many checks at once (429, try again in a second) or a check over its budget (422): said, not a failure. */
    @ExceptionHandler({
        org.lexcheck.system.CheckAdmission.TooManyChecksException.class,
        org.lexcheck.engine.CheckLimitExceededException.class
    })
    String limited(RuntimeException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        boolean busy = e instanceof org.lexcheck.system.CheckAdmission.TooManyChecksException;
        response.setStatus(busy ? 429 : 422);
        if (busy) response.setHeader("Retry-After", "1");
        PageModel.fill(model, request);
        model.addAttribute("status", busy ? 429 : 422);
        return "error";
    }

    @ExceptionHandler(Exception.class)
    String failed(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        // The class only: a message may carry input, and no proposal content goes to the log.
        LOG.error(
                "page request failed: {} at {}",
                e.getClass().getName(),
                e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "");
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        PageModel.fill(model, request);
        model.addAttribute("status", 500);
        return "error";
    }
}
