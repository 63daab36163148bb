package org.invicta.crime.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.invicta.crime.CrimeId;
import org.invicta.crime.CrimeQueries;
import org.invicta.crime.DecidingCrimes;
import org.invicta.crime.investigation.InvestigatingCrimes;
import org.invicta.platform.web.FormErrors;
import org.invicta.shared.InvalidField;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms on a crime's page: the investigator's outcome and tasks, the supervisor's sign-off, the
 * registrar's reclassification and cancellation. A refused form comes back on the crime's page with the
 * GOV.UK error summary; every form carries the version it was read at, so a concurrent change is not lost.
 */
@Controller
class CrimeWorkPages {

    private final CrimeQueries queries;
    private final InvestigatingCrimes investigating;
    private final DecidingCrimes deciding;

    CrimeWorkPages(CrimeQueries queries, InvestigatingCrimes investigating, DecidingCrimes deciding) {
        this.queries = queries;
        this.investigating = investigating;
        this.deciding = deciding;
    }

    @PostMapping("/crimes/{id}/outcome")
    String outcome(@PathVariable UUID id, int version, @Nullable String outcome, @Nullable String rationale,
                   @Nullable String suspectId, @Nullable String victimTold, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "Outcome set", () -> investigating.setOutcome(new CrimeId(id), version, outcome, rationale,
                suspectId == null || suspectId.isBlank() ? null : UUID.fromString(suspectId), "yes".equals(victimTold)));
    }

    @PostMapping("/crimes/{id}/tasks")
    String task(@PathVariable UUID id, @Nullable String description, @Nullable String dueOn, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "Task added", () -> investigating.addTask(new CrimeId(id), description, date(dueOn), null));
    }

    @PostMapping("/crimes/{id}/allocation")
    String allocate(@PathVariable UUID id, int version, @Nullable String officer, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "Crime allocated", () -> investigating.allocate(new CrimeId(id), version,
                officer == null || officer.isBlank() ? null : UUID.fromString(officer)));
    }

    @PostMapping("/crimes/{id}/screening")
    String screen(@PathVariable UUID id, int version, @Nullable String decision,
                  @org.springframework.web.bind.annotation.RequestParam(name = "factors", required = false) java.util.@Nullable List<String> factors,
                  @Nullable String screeningRationale, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "Screening recorded",
                () -> renamed("rationale", "screeningRationale", () -> investigating.screen(new CrimeId(id), version, decision, factors, screeningRationale)));
    }

    @PostMapping("/crimes/{id}/transfer")
    String transfer(@PathVariable UUID id, int version, @Nullable String force, @Nullable String transferReason, Model model,
                    RedirectAttributes redirect) {
        return act(id, model, redirect, "Crime transferred",
                () -> renamed("reason", "transferReason", () -> deciding.transfer(new CrimeId(id), version, force, transferReason)));
    }

    @PostMapping("/crimes/{id}/outcome/sign-off")
    String signOff(@PathVariable UUID id, int version, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "Outcome signed off", () -> investigating.signOff(new CrimeId(id), version));
    }

    @PostMapping("/crimes/{id}/reclassification")
    String reclassify(@PathVariable UUID id, int version, @Nullable String classification, @Nullable String reason, Model model,
                      RedirectAttributes redirect) {
        return act(id, model, redirect, "Crime reclassified", () -> deciding.reclassify(new CrimeId(id), version, classification, reason));
    }

    @PostMapping("/crimes/{id}/cancellation")
    String cancel(@PathVariable UUID id, int version, @Nullable String reasonCode, @Nullable String additionalVerifiableInformation,
                  Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "Crime cancelled",
                () -> deciding.cancel(new CrimeId(id), version, reasonCode, additionalVerifiableInformation));
    }

    @GetMapping("/outcomes/awaiting-sign-off")
    String awaitingSignOff(Model model) {
        model.addAttribute("awaiting", investigating.awaitingSignOff());
        return "crimes/sign-off";
    }

    private String act(UUID id, Model model, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("confirmation", done);
            return "redirect:/crimes/" + id;
        } catch (InvalidField problem) {
            FormErrors.of(model, problem);
            var crime = queries.read(new CrimeId(id));
            model.addAttribute("crime", crime);
            model.addAttribute("investigation", investigating.of(crime));
            model.addAttribute("today", LocalDate.ofInstant(queries.now(), ZoneOffset.UTC));
            CrimePages.workForms(model, queries, investigating, deciding);
            return "crimes/crime";
        }
    }

    /** Runs an action whose rule names a field that this page's form calls something else. */
    private static void renamed(String field, String formField, Runnable action) {
        try {
            action.run();
        } catch (InvalidField problem) {
            throw problem.field().equals(field) ? new InvalidField(formField, problem.rule()) : problem;
        }
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidField("dueOn", "give the date as YYYY-MM-DD, for example 2026-12-24");
        }
    }
}
