package org.invicta.platform.web;

/** One line of a GOV.UK error summary: the field's id (the link target) and what is wrong. */
public record FieldProblem(String field, String message) {
}
