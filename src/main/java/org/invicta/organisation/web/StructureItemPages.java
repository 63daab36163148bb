package org.invicta.organisation.web;

import java.util.UUID;
import java.util.function.Supplier;
import org.invicta.organisation.AdministeringStructure;
import org.invicta.organisation.OrganisationQueries;
import org.invicta.platform.web.FormErrors;
import org.invicta.shared.ConcurrentChange;
import org.invicta.shared.InvalidField;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changing one district, station or team; a concurrent change by another administrator is never overwritten. */
@Controller
class StructureItemPages {

    private static final String CHANGED = "Someone else changed this while you were editing: check it and make your change again";

    private final AdministeringStructure administering;
    private final OrganisationQueries queries;

    StructureItemPages(AdministeringStructure administering, OrganisationQueries queries) {
        this.administering = administering;
        this.queries = queries;
    }

    @GetMapping("/organisation/districts/{id}")
    String district(@PathVariable String id, Model model) {
        FormErrors.none(model);
        return districtPage(id, model);
    }

    @PostMapping("/organisation/districts/{id}")
    String renameDistrict(@PathVariable String id, @RequestParam(defaultValue = "") String name,
                          @RequestParam(defaultValue = "0") int version, Model model, RedirectAttributes redirect) {
        return attempt(() -> administering.renameDistrict(id, version, name), model, redirect, () -> districtPage(id, model));
    }

    @GetMapping("/organisation/stations/{id}")
    String station(@PathVariable UUID id, Model model) {
        FormErrors.none(model);
        return stationPage(id, model);
    }

    @PostMapping("/organisation/stations/{id}")
    String changeStation(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
                         @RequestParam(defaultValue = "") String districtId, @RequestParam(defaultValue = "") String address,
                         @RequestParam(defaultValue = "0") int version, Model model, RedirectAttributes redirect) {
        return attempt(() -> administering.changeStation(id, version, districtId, name, address), model, redirect,
                () -> stationPage(id, model));
    }

    @GetMapping("/organisation/teams/{id}")
    String team(@PathVariable UUID id, Model model) {
        FormErrors.none(model);
        return teamPage(id, model);
    }

    @PostMapping("/organisation/teams/{id}")
    String changeTeam(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
                      @RequestParam(required = false) @Nullable UUID stationId,
                      @RequestParam(defaultValue = "0") int version, Model model, RedirectAttributes redirect) {
        return attempt(() -> administering.changeTeam(id, version, stationId, name), model, redirect,
                () -> teamPage(id, model));
    }

    private String districtPage(String id, Model model) {
        model.addAttribute("district", administering.district(id));
        return "organisation/district";
    }

    private String stationPage(UUID id, Model model) {
        model.addAttribute("station", administering.station(id));
        model.addAttribute("districts", queries.districts());
        return "organisation/station";
    }

    private String teamPage(UUID id, Model model) {
        model.addAttribute("team", administering.team(id));
        model.addAttribute("stations", queries.stations());
        return "organisation/team";
    }

    /** Saves and goes back to the organisation page, or shows the form again with what stopped it. */
    private static String attempt(Runnable change, Model model, RedirectAttributes redirect, Supplier<String> form) {
        try {
            change.run();
            redirect.addFlashAttribute("confirmation", "Changes saved");
            return "redirect:/organisation";
        } catch (InvalidField problem) {
            FormErrors.of(model, problem);
        } catch (ConcurrentChange conflict) {
            FormErrors.of(model, "name", CHANGED);
        }
        return form.get();
    }
}
