package org.invicta.person.web;

import java.time.LocalDate;
import java.util.UUID;
import org.invicta.person.FindingPeople;
import org.invicta.person.PersonDetails;
import org.invicta.person.PossibleDuplicate;
import org.invicta.person.PersonId;
import org.invicta.person.PersonQueries;
import org.invicta.person.RecordingPeople;
import org.invicta.platform.web.FormErrors;
import org.invicta.platform.web.Option;
import org.invicta.shared.InvalidField;
import org.invicta.shared.Sensitivity;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class PeoplePages {

    private final RecordingPeople recording;
    private final PersonQueries queries;
    private final FindingPeople finding;

    PeoplePages(RecordingPeople recording, PersonQueries queries, FindingPeople finding) {
        this.recording = recording;
        this.queries = queries;
        this.finding = finding;
    }

    record PersonForm(@Nullable String givenNames, @Nullable String surname, @Nullable String dobDay,
                      @Nullable String dobMonth, @Nullable String dobYear, @Nullable String sensitivity,
                      @Nullable String matchesSeen, @Nullable String reasonForNewRecord) {

        PersonForm seeingMatches() {
            return new PersonForm(givenNames, surname, dobDay, dobMonth, dobYear, sensitivity, "yes", reasonForNewRecord);
        }

        boolean sawMatches() {
            return "yes".equals(matchesSeen);
        }

        PersonDetails details() {
            Sensitivity level;
            try {
                level = Sensitivity.valueOf(sensitivity == null ? "OFFICIAL" : sensitivity);
            } catch (IllegalArgumentException e) {
                throw new InvalidField("sensitivity", "Select how sensitive the record is");
            }
            return new PersonDetails(givenNames, surname, dateOfBirth(), level);
        }

        private @Nullable LocalDate dateOfBirth() {
            if (blank(dobDay) && blank(dobMonth) && blank(dobYear)) return null;
            try {
                return LocalDate.of(Integer.parseInt(dobYear.trim()), Integer.parseInt(dobMonth.trim()),
                        Integer.parseInt(dobDay.trim()));
            } catch (RuntimeException e) {
                throw new InvalidField("dobDay", "Date of birth must be a real date, like 23 4 1985");
            }
        }

        private static boolean blank(@Nullable String value) {
            return value == null || value.isBlank();
        }
    }

    @GetMapping("/people/new")
    String newPerson(Model model) {
        FormErrors.none(model);
        return form(model, new PersonForm("", "", "", "", "", "OFFICIAL", null, null));
    }

    /**
     * The entry check: the first submission shows the people who may already be this one, and saves
     * nothing if there are any; the second creates the person, with a reason if a match is strong.
     */
    @PostMapping("/people")
    String record(PersonForm form, Model model, RedirectAttributes redirect) {
        try {
            if (!form.sawMatches()) {
                var matches = finding.possibleDuplicates(form.details());
                if (!matches.isEmpty()) {
                    FormErrors.none(model);
                    model.addAttribute("matches", matches);
                    return form(model, form.seeingMatches());
                }
            }
            var person = recording.record(form.details(), form.reasonForNewRecord());
            redirect.addFlashAttribute("confirmation", "Person recorded");
            return "redirect:/people/" + person.id();
        } catch (InvalidField problem) {
            FormErrors.of(model, problem);
            return form(model, form);
        } catch (PossibleDuplicate duplicate) {
            FormErrors.of(model, new InvalidField("reasonForNewRecord",
                    "Give a reason for creating a new record when a strong match is already recorded, or use the existing person"));
            model.addAttribute("matches", duplicate.matches());
            return form(model, form.seeingMatches());
        }
    }

    /** The officer chose an existing person over creating a new one: nothing is created. */
    @PostMapping("/people/{id}/use")
    String use(@PathVariable UUID id, RedirectAttributes redirect) {
        recording.useExisting(new PersonId(id));
        redirect.addFlashAttribute("confirmation", "Using the existing record: no new person was created");
        return "redirect:/people/" + id;
    }

    @GetMapping("/people/search")
    String search(@RequestParam(name = "q", required = false) @Nullable String query, Model model) {
        model.addAttribute("query", query == null ? "" : query);
        model.addAttribute("examples", finding.searchExamples());
        FormErrors.none(model);
        if (query == null || query.isBlank()) return "people/search";
        try {
            model.addAttribute("results", finding.search(query));
        } catch (InvalidField problem) {
            FormErrors.of(model, problem);
        }
        return "people/search";
    }

    private String form(Model model, PersonForm form) {
        model.addAttribute("form", form);
        model.addAttribute("sensitivities", recording.sensitivities().stream()
                .map(level -> new Option(level.name(), level.name().replace('_', '-'))).toList());
        return "people/new";
    }

    @GetMapping("/people/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) @Nullable String purpose, Model model) {
        try {
            model.addAttribute("person", queries.read(new PersonId(id), purpose));
            return "people/show";
        } catch (InvalidField reasonNeeded) {
            // The force wants a reason before this record opens: ask, then come back with it.
            if (purpose == null) FormErrors.none(model);
            else FormErrors.of(model, reasonNeeded);
            model.addAttribute("personId", id);
            model.addAttribute("rule", reasonNeeded.rule());
            return "people/purpose";
        }
    }
}
