package org.invicta.crime.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.invicta.crime.CrimeId;
import org.invicta.crime.CrimeQueries;
import org.invicta.crime.IncidentId;
import org.invicta.crime.IncidentReport;
import org.invicta.crime.InvolvedPerson;
import org.invicta.crime.ReportingIncidents;
import org.invicta.person.FindingPeople;
import org.invicta.platform.web.FormErrors;
import org.invicta.platform.web.Option;
import org.invicta.shared.InvalidField;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The response officer's one flow from incident to recorded crime, the investigator's list, and the
 * incidents awaiting a recording decision. A suspect is typed as an officer would search ("john smith
 * 7/3/1985", a PNC ID); the first submission shows who that may be, the second records with the one chosen.
 */
@Controller
class CrimePages {

    private final ReportingIncidents reporting;
    private final CrimeQueries queries;
    private final FindingPeople finding;
    private final org.invicta.crime.investigation.InvestigatingCrimes investigating;
    private final org.invicta.crime.DecidingCrimes deciding;
    private final org.invicta.map.AreaMap map;

    CrimePages(ReportingIncidents reporting, CrimeQueries queries, FindingPeople finding,
               org.invicta.crime.investigation.InvestigatingCrimes investigating, org.invicta.crime.DecidingCrimes deciding,
               org.invicta.map.AreaMap map) {
        this.map = map;
        this.reporting = reporting;
        this.queries = queries;
        this.finding = finding;
        this.investigating = investigating;
        this.deciding = deciding;
    }

    /**
     * The report form. The victim and the suspect are each typed, then chosen on the form's second showing
     * (see {@link PersonChoice}); a point clicked on the map comes as its latitude and longitude.
     */
    record ReportForm(@Nullable String offence, @Nullable String incidentType, @Nullable String place, @Nullable String postcode,
                      @Nullable Double latitude, @Nullable Double longitude,
                      @Nullable String victim, @Nullable String victimId, @Nullable String newVictimGivenNames,
                      @Nullable String newVictimSurname, @Nullable String newVictimDateOfBirth,
                      @Nullable String suspect, @Nullable String suspectId, @Nullable String newSuspectGivenNames,
                      @Nullable String newSuspectSurname, @Nullable String newSuspectDateOfBirth,
                      @Nullable String narrative, @Nullable String allocateTo, @Nullable String channel) {

        static ReportForm empty() {
            return new ReportForm("", "", "", "", null, null, "", "", "", "", "", "", "", "", "", "", "", "", "OFFICER");
        }

        public PersonChoice victimChoice() {
            return PersonChoice.of("victim", victim, victimId, newVictimGivenNames, newVictimSurname, newVictimDateOfBirth);
        }

        public PersonChoice suspectChoice() {
            return PersonChoice.of("suspect", suspect, suspectId, newSuspectGivenNames, newSuspectSurname, newSuspectDateOfBirth);
        }

        /** The form comes back once, with who the victim and suspect typed may be, before anything is recorded. */
        boolean peopleToChoose() {
            return victimChoice().toChoose() || suspectChoice().toChoose();
        }

        /** The form with a point chosen on the map, and the place described from it if none was typed. */
        ReportForm at(double lat, double lng, String described) {
            return new ReportForm(offence, incidentType, blank(place) ? described : place, postcode, lat, lng, victim, victimId,
                    newVictimGivenNames, newVictimSurname, newVictimDateOfBirth, suspect, suspectId, newSuspectGivenNames,
                    newSuspectSurname, newSuspectDateOfBirth, narrative, allocateTo, channel);
        }

        boolean newPeople() {
            return victimChoice().isNew() || suspectChoice().isNew();
        }

        IncidentReport report(String offenceTitle) {
            var people = new ArrayList<IncidentReport.Involved>();
            suspectChoice().personId().ifPresent(id -> people.add(new IncidentReport.Involved(id, InvolvedPerson.Role.SUSPECT)));
            var victimOnRecord = victimChoice().personId();
            victimOnRecord.ifPresent(id -> people.add(new IncidentReport.Involved(id, InvolvedPerson.Role.VICTIM)));
            var victimNamed = victimOnRecord.isPresent() || victimChoice().isNew() || blank(victim) ? null : victim;
            var offences = blank(offence) ? List.<IncidentReport.Offence>of()
                    : List.of(new IncidentReport.Offence(offence, victimOnRecord.orElse(null), victimNamed));
            var type = blank(incidentType) ? offenceTitle : incidentType;
            return new IncidentReport(channel, type, null, new IncidentReport.Place(place, postcode, latitude, longitude), narrative, people,
                    offences, blank(allocateTo) ? null : uuid(allocateTo, "allocateTo"));
        }

        private static UUID uuid(String text, String field) {
            try {
                return UUID.fromString(text.trim());
            } catch (IllegalArgumentException e) {
                throw new InvalidField(field, "choose from the list");
            }
        }

        static boolean blank(@Nullable String value) {
            return value == null || value.isBlank();
        }
    }

    @GetMapping("/incidents/new")
    String newReport(Model model) {
        FormErrors.none(model);
        return form(model, ReportForm.empty());
    }

    /**
     * Records the report, or, when the map was asked for or clicked, shows the form again with it. A map is
     * an image button, so the browser sends where it was clicked as {@code map.x} and {@code map.y}; pressing
     * Enter in a field "clicks" the form's first button, which may be the map, at 0,0, and means "record".
     */
    @PostMapping("/incidents")
    String report(ReportForm form, @RequestParam(name = "map.x", required = false) @Nullable Integer mapX,
                  @RequestParam(name = "map.y", required = false) @Nullable Integer mapY,
                  @RequestParam(required = false) @Nullable String mapView, @RequestParam(required = false) @Nullable String showMap,
                  Model model, RedirectAttributes redirect) {
        if (showMap != null && map.whole().isPresent()) {
            FormErrors.none(model);
            model.addAttribute("mapView", map.whole().get().toString());
            return withPeopleFound(model, form);
        }
        if (mapX != null && mapY != null && (mapX != 0 || mapY != 0) && mapView != null) {
            var view = org.invicta.map.MapView.parse(mapView, "mapView");
            var place = map.placeAt(view.lat(mapY), view.lng(mapX));
            FormErrors.none(model);
            model.addAttribute("mapView", view.closerAround(place.latitude(), place.longitude()).toString());
            return withPeopleFound(model, form.at(place.latitude(), place.longitude(), place.described()));
        }
        if (mapView != null) model.addAttribute("mapView", mapView);
        try {
            var title = ReportForm.blank(form.offence()) ? "" : queries.classifications().stream()
                    .filter(c -> c.code().equals(form.offence())).map(c -> c.title()).findFirst().orElse("");
            if (form.peopleToChoose()) {
                form.report(title).checked(queries.now()); // what is wrong elsewhere is said now, beside the choices
                FormErrors.none(model);
                return withPeopleFound(model, form);
            }
            var reported = form.newPeople()
                    ? reporting.reportWithNewPeople(form.report(title), form.victimChoice().newPerson(), form.suspectChoice().newPerson())
                    : reporting.report(form.report(title));
            if (reported.crimes().isEmpty()) {
                redirect.addFlashAttribute("confirmation", "Incident " + reported.incident().number() + " recorded");
                return "redirect:/incidents/" + reported.incident().id();
            }
            redirect.addFlashAttribute("confirmation", "Crime " + reported.crimes().get(0).number() + " recorded"
                    + (reported.crimes().size() > 1 ? ", with " + (reported.crimes().size() - 1) + " more (one per victim)" : ""));
            return "redirect:/crimes/" + reported.crimes().get(0).id();
        } catch (InvalidField problem) {
            FormErrors.of(model, onThisForm(problem));
            return withPeopleFound(model, form);
        } catch (org.invicta.person.PossibleDuplicate duplicate) {
            FormErrors.of(model, form.victimChoice().isNew() ? "victimId" : "suspectId",
                    "the new person may already be recorded: choose them from the list");
            return withPeopleFound(model, form);
        }
    }

    /** The form again with the people the victim's and the suspect's descriptions find, to choose from or to record someone new. */
    private String withPeopleFound(Model model, ReportForm form) {
        model.addAttribute("victims", found(form.victimChoice()));
        model.addAttribute("suspects", found(form.suspectChoice()));
        return form(model, form);
    }

    private List<FindingPeople.Found> found(PersonChoice choice) {
        if (!choice.asked()) return List.of();
        try {
            return finding.search(choice.typed()).stream().limit(5).toList();
        } catch (InvalidField notAName) {
            return List.of(); // a shop's name with no surname to search by, such as "Co-op"
        }
    }

    @GetMapping("/crimes/{id}")
    String crime(@PathVariable UUID id, Model model) {
        var crime = queries.read(new CrimeId(id));
        model.addAttribute("crime", crime);
        model.addAttribute("investigation", investigating.of(crime));
        model.addAttribute("today", java.time.LocalDate.ofInstant(queries.now(), java.time.ZoneOffset.UTC));
        FormErrors.none(model);
        workForms(model, queries, investigating, deciding);
        return "crimes/crime";
    }

    @GetMapping("/incidents/{id}")
    String incident(@PathVariable UUID id, Model model) {
        FormErrors.none(model);
        return incidentPage(id, model);
    }

    @PostMapping("/incidents/{id}/crimes")
    String recordCrime(@PathVariable UUID id, int version, @Nullable String offence, @Nullable String victim, Model model,
                       RedirectAttributes redirect) {
        try {
            var offences = List.of(new IncidentReport.Offence(offence, null, ReportForm.blank(victim) ? null : victim));
            var reported = reporting.recordCrimes(new IncidentId(id), version, offences, null);
            redirect.addFlashAttribute("confirmation", "Crime " + reported.crimes().get(0).number() + " recorded");
            return "redirect:/crimes/" + reported.crimes().get(0).id();
        } catch (InvalidField problem) {
            FormErrors.of(model, onThisForm(problem));
            return incidentPage(id, model);
        }
    }

    @PostMapping("/incidents/{id}/no-crime")
    String noCrime(@PathVariable UUID id, int version, @Nullable String nonCrimeRationale, Model model, RedirectAttributes redirect) {
        try {
            reporting.noCrime(new IncidentId(id), version, nonCrimeRationale);
            redirect.addFlashAttribute("confirmation", "Closed as no crime, with the rationale");
            return "redirect:/incidents/" + id;
        } catch (InvalidField problem) {
            FormErrors.of(model, problem);
            return incidentPage(id, model);
        }
    }

    @PostMapping("/incidents/{id}/log")
    String addToLog(@PathVariable UUID id, @Nullable String text, Model model, RedirectAttributes redirect) {
        try {
            reporting.addToLog(new IncidentId(id), text);
            redirect.addFlashAttribute("confirmation", "Update added to the log");
            return "redirect:/incidents/" + id;
        } catch (InvalidField problem) {
            FormErrors.of(model, problem);
            return incidentPage(id, model);
        }
    }

    private String incidentPage(UUID id, Model model) {
        var incident = queries.incident(new IncidentId(id));
        model.addAttribute("incident", incident);
        model.addAttribute("crimes", queries.fromIncident(incident.id()));
        model.addAttribute("now", queries.now());
        model.addAttribute("offences", classificationOptions(queries, "Choose the offence"));
        return "crimes/incident";
    }

    @GetMapping("/crimes")
    String search(@org.springframework.web.bind.annotation.RequestParam(name = "q", required = false) @Nullable String query, Model model) {
        FormErrors.none(model);
        model.addAttribute("query", query == null ? "" : query);
        if (query != null) {
            try {
                model.addAttribute("crimes", queries.search(query));
            } catch (InvalidField problem) {
                FormErrors.of(model, problem);
            }
        }
        return "crimes/search";
    }

    @GetMapping("/crimes/mine")
    String mine(Model model) {
        model.addAttribute("crimes", queries.mine());
        model.addAttribute("tasks", investigating.myTasks());
        model.addAttribute("today", java.time.LocalDate.ofInstant(queries.now(), java.time.ZoneOffset.UTC));
        return "crimes/mine";
    }

    @GetMapping("/incidents/awaiting-decision")
    String awaiting(Model model) {
        model.addAttribute("incidents", queries.awaitingDecision());
        model.addAttribute("now", queries.now());
        return "crimes/awaiting";
    }

    /** The current classifications as a select's options, as officers read them: "Shoplifting (46/0)". */
    private static List<Option> classificationOptions(CrimeQueries queries, String prompt) {
        var options = new ArrayList<Option>();
        options.add(new Option("", prompt));
        queries.classifications().forEach(c -> options.add(new Option(c.code(), c.title() + " (" + c.code() + ")")));
        return options;
    }

    /** The choices the forms on a crime's page offer. */
    static void workForms(Model model, CrimeQueries queries, org.invicta.crime.investigation.InvestigatingCrimes investigating,
                          org.invicta.crime.DecidingCrimes deciding) {
        if (model.getAttribute("crime") instanceof org.invicta.crime.Crime crime) {
            model.addAttribute("links", queries.links(crime.id()));
            model.addAttribute("modusOperandi", queries.modusOperandi(crime.id()));
        }
        var outcomes = new ArrayList<Option>();
        outcomes.add(new Option("", "Choose the outcome"));
        investigating.outcomeTypes().forEach(t -> outcomes.add(new Option(t.code(), t.code() + ": " + t.title())));
        model.addAttribute("outcomeTypes", outcomes);
        model.addAttribute("classifications", classificationOptions(queries, "Choose the classification"));
        var officers = new ArrayList<Option>();
        officers.add(new Option("", "Choose the officer"));
        if (org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("crime:record")))
            queries.allocatable().forEach(o -> officers.add(new Option(o.id().toString(), o.displayName() + ", " + o.rankOrGrade())));
        model.addAttribute("officers", officers);
        model.addAttribute("solvabilityFactors", org.invicta.crime.investigation.Investigation.SOLVABILITY_FACTORS);
        var reasons = new ArrayList<Option>();
        reasons.add(new Option("", "Choose the reason"));
        deciding.cancellationReasons().forEach((code, title) -> reasons.add(new Option(code, title)));
        model.addAttribute("cancellationReasons", reasons);
    }

    private String form(Model model, ReportForm form) {
        model.addAttribute("form", form);
        model.addAttribute("offences", classificationOptions(queries, "Choose the offence"));
        var officers = new ArrayList<Option>();
        officers.add(new Option("", "Leave for screening"));
        queries.allocatable().forEach(o -> officers.add(new Option(o.id().toString(), o.displayName() + ", " + o.rankOrGrade())));
        model.addAttribute("officers", officers);
        model.addAttribute("mapAvailable", map.whole().isPresent());
        if (!model.containsAttribute("mapView")) model.addAttribute("mapView", null);
        if (model.getAttribute("mapView") instanceof String view)
            model.addAttribute("mapHeight", org.invicta.map.MapView.parse(view, "mapView").height());
        if (!model.containsAttribute("victims")) model.addAttribute("victims", List.of());
        if (!model.containsAttribute("suspects")) model.addAttribute("suspects", List.of());
        return "crimes/report";
    }

    /** A rule of the report, named after the form field it came from. */
    private static InvalidField onThisForm(InvalidField problem) {
        var field = problem.field();
        String formField;
        if (field.equals("place.postcode")) formField = "postcode";
        else if (field.startsWith("place")) formField = "place";
        else if (field.startsWith("offences[0].classification")) formField = "offence";
        else if (field.equals("offences")) formField = "victim";
        else if (field.equals("openingType")) formField = "incidentType";
        else if (field.equals("people")) formField = "suspectId";
        else return problem;
        return new InvalidField(formField, problem.rule());
    }
}
