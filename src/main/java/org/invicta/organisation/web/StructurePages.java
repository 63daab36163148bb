package org.invicta.organisation.web;

import java.util.UUID;
import org.invicta.audit.PurposePolicy;
import org.invicta.organisation.AdministeringStructure;
import org.invicta.organisation.OrganisationQueries;
import org.invicta.platform.web.FormErrors;
import org.invicta.shared.InvalidField;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The force's districts, stations and teams; an administrator adds to them here. */
@Controller
class StructurePages {

    private final OrganisationQueries queries;
    private final AdministeringStructure administering;
    private final PurposePolicy purposes;

    StructurePages(OrganisationQueries queries, AdministeringStructure administering, PurposePolicy purposes) {
        this.queries = queries;
        this.administering = administering;
        this.purposes = purposes;
    }

    @GetMapping("/organisation")
    String structure(Model model) {
        FormErrors.none(model);
        return page(model);
    }

    @PostMapping("/organisation/districts")
    String addDistrict(@RequestParam(defaultValue = "") String districtName, Model model, RedirectAttributes redirect) {
        return attempt(() -> administering.addDistrict(districtName), "district", "District " + districtName + " added",
                model, redirect);
    }

    @PostMapping("/organisation/stations")
    String addStation(@RequestParam(defaultValue = "") String stationName, @RequestParam(defaultValue = "") String districtId,
                      @RequestParam(defaultValue = "") String address, Model model, RedirectAttributes redirect) {
        return attempt(() -> administering.addStation(districtId, stationName, address), "station",
                "Station " + stationName + " added", model, redirect);
    }

    @PostMapping("/organisation/teams")
    String addTeam(@RequestParam(defaultValue = "") String teamName, @RequestParam(required = false) @Nullable UUID stationId,
                   Model model, RedirectAttributes redirect) {
        return attempt(() -> administering.addTeam(stationId, teamName), "team", "Team " + teamName + " added",
                model, redirect);
    }

    private String attempt(Runnable change, String kind, String confirmation, Model model, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("confirmation", confirmation);
            return "redirect:/organisation";
        } catch (InvalidField problem) {
            // The form's fields are named for what they add, so the summary links to the right one.
            var field = problem.field().equals("name") ? kind + "Name" : problem.field();
            FormErrors.of(model, field, problem.rule());
            return page(model);
        }
    }

    @PostMapping("/organisation/audit-policy")
    String purposePolicy(@RequestParam(defaultValue = "") String askedFor, Model model, RedirectAttributes redirect) {
        try {
            purposes.set(askedFor);
        } catch (InvalidField problem) {
            FormErrors.of(model, problem);
            return page(model);
        }
        redirect.addFlashAttribute("confirmation", "Reasons policy saved");
        return "redirect:/organisation";
    }

    private String page(Model model) {
        model.addAttribute("purposePolicy", purposes.current());
        model.addAttribute("force", queries.force());
        model.addAttribute("districts", queries.districts());
        model.addAttribute("stations", queries.stations());
        model.addAttribute("teams", queries.teams());
        return "organisation/structure";
    }
}
