package org.invicta.crime.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.invicta.crime.integrity.AuditingCrimeRecording;
import org.invicta.crime.integrity.CrimeAudit;
import org.invicta.platform.web.FormErrors;
import org.invicta.shared.InvalidField;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registrar's crime data integrity audit in the browser: draw a sample, mark each incident, read the accuracy. */
@Controller
class CrimeAuditPages {

    private final AuditingCrimeRecording auditing;

    CrimeAuditPages(AuditingCrimeRecording auditing) {
        this.auditing = auditing;
    }

    record DrawForm(@Nullable String from, @Nullable String to, @Nullable String sampleSize, @Nullable String seed) {
    }

    @GetMapping("/crime-audits")
    String audits(Model model) {
        FormErrors.none(model);
        model.addAttribute("audits", auditing.all());
        model.addAttribute("form", new DrawForm("", "", "100", ""));
        return "crime-audits/audits";
    }

    @PostMapping("/crime-audits")
    String draw(DrawForm form, Model model) {
        try {
            var audit = auditing.draw(date(form.from(), "from"), date(form.to(), "to"), number(form.sampleSize(), "sampleSize"),
                    form.seed() == null || form.seed().isBlank() ? null : (long) number(form.seed(), "seed"));
            return "redirect:/crime-audits/" + audit.id();
        } catch (InvalidField problem) {
            FormErrors.of(model, problem);
            model.addAttribute("audits", auditing.all());
            model.addAttribute("form", form);
            return "crime-audits/audits";
        }
    }

    @GetMapping("/crime-audits/{id}")
    String audit(@PathVariable UUID id, Model model) {
        model.addAttribute("audit", auditing.read(id));
        return "crime-audits/audit";
    }

    @GetMapping("/crime-audits/{id}/items/{item}")
    String item(@PathVariable UUID id, @PathVariable int item, Model model) {
        FormErrors.none(model);
        return itemPage(auditing.read(id), item, model);
    }

    /** Saves the verdict and goes on to the next unmarked incident, or back to the audit when all are marked. */
    @PostMapping("/crime-audits/{id}/items/{item}")
    String mark(@PathVariable UUID id, @PathVariable int item, @Nullable String verdict, @Nullable String note, Model model,
                RedirectAttributes redirect) {
        try {
            var chosen = verdict == null || verdict.isBlank() ? null : CrimeAudit.Verdict.valueOf(verdict);
            var audit = auditing.mark(id, item, chosen, note);
            var next = audit.items().stream().filter(i -> i.verdict() == null).findFirst();
            if (next.isPresent()) return "redirect:/crime-audits/" + id + "/items/" + next.get().item();
            redirect.addFlashAttribute("confirmation", "Every incident in the sample is marked");
            return "redirect:/crime-audits/" + id;
        } catch (IllegalArgumentException | InvalidField problem) {
            FormErrors.of(model, problem instanceof InvalidField field ? field
                    : new InvalidField("verdict", "choose one of the three verdicts"));
            return itemPage(auditing.read(id), item, model);
        }
    }

    private static String itemPage(CrimeAudit audit, int item, Model model) {
        model.addAttribute("audit", audit);
        model.addAttribute("item", audit.items().stream().filter(i -> i.item() == item).findFirst()
                .orElseThrow(() -> new org.invicta.shared.NotFound("item " + item)));
        return "crime-audits/item";
    }

    private static LocalDate date(@Nullable String text, String field) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidField(field, "give the date as YYYY-MM-DD, for example 2026-06-30");
        }
    }

    private static Integer number(@Nullable String text, String field) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidField(field, "give a whole number");
        }
    }
}
