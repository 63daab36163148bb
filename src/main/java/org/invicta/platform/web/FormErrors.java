package org.invicta.platform.web;

import java.util.List;
import org.invicta.shared.InvalidField;
import org.springframework.ui.Model;

/** Puts a rule broken by a form's input where the GOV.UK error summary and the field's error message find it. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void none(Model model) {
        model.addAttribute("errors", List.of());
    }

    public static void of(Model model, InvalidField problem) {
        model.addAttribute("errors", List.of(new FieldProblem(problem.field(), problem.rule())));
    }

    public static void of(Model model, String field, String message) {
        model.addAttribute("errors", List.of(new FieldProblem(field, message)));
    }
}
