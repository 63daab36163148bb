package org.invicta.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.invicta.platform.access.AccessDenied;
import org.invicta.shared.NotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.invicta.shared.InvalidField;

/**
 * A page asking for a record that is not there, or not the user's to see, renders the error page with
 * the right status. A record of another force is "not found": its existence is not disclosed.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

    private final ShellModel shell;

    PageProblems(ShellModel shell) {
        this.shell = shell;
    }

    @ExceptionHandler(NotFound.class)
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        return error(request, response, model, 404);
    }

    @ExceptionHandler(AccessDenied.class)
    String denied(AccessDenied e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return error(request, response, model, e.hidesExistence() ? 404 : 403);
    }

    /** A problem with what a page was asked for that no form on it can show: the rule, on the error page. */
    @ExceptionHandler(InvalidField.class)
    String invalid(InvalidField e, HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("rule", e.rule());
        return error(request, response, model, 400);
    }

    // Model attributes of a @ControllerAdvice do not reach exception handlers: the shell is added here.
    private String error(HttpServletRequest request, HttpServletResponse response, Model model, int status) {
        model.addAttribute("shell", shell.shell(request));
        model.addAttribute("govukFrontend", shell.govukFrontend());
        response.setStatus(status);
        model.addAttribute("status", status);
        return "error";
    }
}
