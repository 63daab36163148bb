package org.invicta.person.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.invicta.person.Alias;
import org.invicta.person.BirthPrecision;
import org.invicta.person.WarningMarker;
import org.invicta.shared.ConcurrentChange;
import org.invicta.person.HeldAddress;
import org.invicta.person.Identifier;
import org.invicta.person.PersonCodes;
import java.util.UUID;
import org.invicta.person.FindingPeople;
import org.invicta.person.MergedPerson;
import org.invicta.person.MergingPeople;
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
    private final PersonCodes codes;
    private final java.time.Clock clock;
    private final MergingPeople merging;

    PeoplePages(RecordingPeople recording, PersonQueries queries, FindingPeople finding, PersonCodes codes, java.time.Clock clock,
                MergingPeople merging) {
        this.merging = merging;
        this.codes = codes;
        this.clock = clock;
        this.recording = recording;
        this.queries = queries;
        this.finding = finding;
    }

    /** The recording form: the essentials an officer has at the roadside; the rest is added on the person's page or by API. */
    record PersonForm(@Nullable String givenNames, @Nullable String surname, @Nullable String dobDay,
                      @Nullable String dobMonth, @Nullable String dobYear, @Nullable String sensitivity,
                      @Nullable String gender, @Nullable String selfDefinedEthnicity, @Nullable String officerDefinedEthnicity,
                      @Nullable String addressLine, @Nullable String postcode, @Nullable String phone, @Nullable String email,
                      @Nullable String pncId, @Nullable String nationalInsuranceNumber,
                      @Nullable String matchesSeen, @Nullable String reasonForNewRecord) {

        static PersonForm empty() {
            return new PersonForm("", "", "", "", "", "OFFICIAL", "", "", "", "", "", "", "", "", "", null, null);
        }

        PersonForm seeingMatches() {
            return new PersonForm(givenNames, surname, dobDay, dobMonth, dobYear, sensitivity, gender, selfDefinedEthnicity,
                    officerDefinedEthnicity, addressLine, postcode, phone, email, pncId, nationalInsuranceNumber, "yes",
                    reasonForNewRecord);
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
            var addresses = blank(addressLine) && blank(postcode) ? List.<HeldAddress>of()
                    : List.of(new HeldAddress(addressLine, postcode, "HOME", null, null));
            try {
                return new PersonDetails(givenNames, surname, dateOfBirth(), BirthPrecision.DAY, level, gender, selfDefinedEthnicity,
                        officerDefinedEthnicity, "", List.of(), List.of(), addresses, listOf(phone), listOf(email), identifiers(),
                        List.of());
            } catch (InvalidField problem) {
                throw onThisForm(problem);
            }
        }

        /** The identifiers in a fixed order, so a problem with one names the right field of the form. */
        List<Identifier> identifiers() {
            var identifiers = new ArrayList<Identifier>();
            if (!blank(pncId)) identifiers.add(new Identifier("PNC_ID", pncId));
            if (!blank(nationalInsuranceNumber)) identifiers.add(new Identifier("NATIONAL_INSURANCE_NUMBER", nationalInsuranceNumber));
            return identifiers;
        }

        /** A problem named after a field of the details, renamed after the form field it came from. */
        InvalidField onThisForm(InvalidField problem) {
            var field = problem.field();
            String formField;
            if (field.startsWith("addresses[0].postcode")) formField = "postcode";
            else if (field.startsWith("addresses[0]")) formField = "addressLine";
            else if (field.startsWith("phones[")) formField = "phone";
            else if (field.startsWith("emails[")) formField = "email";
            else if (field.startsWith("identifiers[0]")) formField = blank(pncId) ? "nationalInsuranceNumber" : "pncId";
            else if (field.startsWith("identifiers[1]")) formField = "nationalInsuranceNumber";
            else return problem;
            return new InvalidField(formField, problem.rule());
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

        private static List<String> listOf(@Nullable String value) {
            return blank(value) ? List.of() : List.of(value);
        }

        static boolean blank(@Nullable String value) {
            return value == null || value.isBlank();
        }
    }

    @GetMapping("/people/new")
    String newPerson(Model model) {
        FormErrors.none(model);
        return form(model, PersonForm.empty());
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
            FormErrors.of(model, form.onThisForm(problem));
            return form(model, form);
        } catch (PossibleDuplicate duplicate) {
            FormErrors.of(model, new InvalidField("reasonForNewRecord",
                    "Give a reason for creating a new record when a strong match is already recorded, or use the existing person"));
            model.addAttribute("matches", duplicate.matches());
            return form(model, form.seeingMatches());
        }
    }

    record MarkerForm(@Nullable String code, @Nullable String note, @Nullable String expiresDay, @Nullable String expiresMonth,
                      @Nullable String expiresYear, int version) {
        WarningMarker marker() {
            LocalDate expires = null;
            if (!PersonForm.blank(expiresDay) || !PersonForm.blank(expiresMonth) || !PersonForm.blank(expiresYear)) {
                try {
                    expires = LocalDate.of(Integer.parseInt(expiresYear.trim()), Integer.parseInt(expiresMonth.trim()),
                            Integer.parseInt(expiresDay.trim()));
                } catch (RuntimeException e) {
                    throw new InvalidField("expiresDay", "The expiry must be a real date, like 1 12 2027");
                }
            }
            return new WarningMarker(code, note, expires, null, null);
        }
    }

    @PostMapping("/people/{id}/markers")
    String addMarker(@PathVariable UUID id, MarkerForm form, Model model, RedirectAttributes redirect) {
        try {
            recording.addMarker(new PersonId(id), form.version(), form.marker());
            redirect.addFlashAttribute("confirmation", "Warning marker added");
        } catch (InvalidField problem) {
            var field = problem.field().startsWith("markers[") ? problem.field().substring(problem.field().indexOf('.') + 1) : problem.field();
            redirect.addFlashAttribute("markerProblem", new InvalidField(field.equals("expires") ? "expiresDay" : field, problem.rule()).rule());
        } catch (ConcurrentChange conflict) {
            redirect.addFlashAttribute("markerProblem", "Someone else changed this person while you were reading: check the record and add the marker again");
        }
        return "redirect:/people/" + id;
    }

    record AliasForm(@Nullable String type, @Nullable String givenNames, @Nullable String surname, int version) {
    }

    @PostMapping("/people/{id}/aliases")
    String addAlias(@PathVariable UUID id, AliasForm form, RedirectAttributes redirect) {
        try {
            recording.addAlias(new PersonId(id), form.version(), new Alias(form.type(), form.givenNames(), form.surname(), null));
            redirect.addFlashAttribute("confirmation", "Alias added");
        } catch (InvalidField problem) {
            redirect.addFlashAttribute("aliasProblem", problem.rule());
        } catch (ConcurrentChange conflict) {
            redirect.addFlashAttribute("aliasProblem", "Someone else changed this person while you were reading: check the record and add the alias again");
        }
        return "redirect:/people/" + id;
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
        model.addAttribute("genders", options("gender"));
        model.addAttribute("selfDefinedEthnicities", options("self-defined-ethnicity"));
        model.addAttribute("officerDefinedEthnicities", options("officer-defined-ethnicity"));
        return "people/new";
    }

    private List<Option> options(String list) {
        var options = new ArrayList<Option>();
        options.add(new Option("", "Not recorded"));
        codes.list(list).forEach(code -> options.add(new Option(code.code(), code.label())));
        return options;
    }

    @GetMapping("/people/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) @Nullable String purpose, Model model,
                RedirectAttributes redirect) {
        try {
            model.addAttribute("person", queries.read(new PersonId(id), purpose));
            model.addAttribute("alsoRecordedAs", queries.alsoRecordedAs(new PersonId(id)));
            model.addAttribute("merges", merging.mergesOf(new PersonId(id)).stream()
                    .filter(merge -> !merge.undone() && merge.survivor().value().equals(id)).toList());
            model.addAttribute("codes", codes);
            model.addAttribute("markerTypes", codes.list("warning-marker"));
            model.addAttribute("aliasTypes", codes.list("alias-type"));
            model.addAttribute("today", LocalDate.now(clock));
            return "people/show";
        } catch (MergedPerson merged) {
            redirect.addFlashAttribute("confirmation", "The record you opened was merged into this one");
            return "redirect:/people/" + merged.survivor();
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
