package org.invicta.platform.web;

/** One choice of a GOV.UK select, radios or checkboxes. */
public record Option(String value, String label) {
}
