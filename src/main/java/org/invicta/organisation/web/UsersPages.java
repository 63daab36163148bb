package org.invicta.organisation.web;

import java.util.Arrays;
import java.util.UUID;
import org.invicta.organisation.AdministeringUsers;
import org.invicta.organisation.OrganisationQueries;
import org.invicta.platform.web.FormErrors;
import org.invicta.platform.web.Option;
import org.invicta.shared.ConcurrentChange;
import org.invicta.shared.InvalidField;
import org.invicta.shared.UserId;
import org.invicta.shared.VettingLevel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The force administrator's pages for users: list, add, edit, unlock, reset a password. */
@Controller
class UsersPages {

    private final AdministeringUsers administering;
    private final OrganisationQueries queries;

    UsersPages(AdministeringUsers administering, OrganisationQueries queries) {
        this.administering = administering;
        this.queries = queries;
    }

    @GetMapping("/organisation/users")
    String list(Model model) {
        model.addAttribute("users", queries.users());
        return "organisation/users";
    }

    @GetMapping("/organisation/users/new")
    String newUser(Model model) {
        FormErrors.none(model);
        return form(model, UserForm.blank(), null);
    }

    @PostMapping("/organisation/users")
    String create(UserForm form, Model model, RedirectAttributes redirect) {
        try {
            var id = administering.create(form.newAccount());
            redirect.addFlashAttribute("confirmation", "User " + form.username() + " added");
            return "redirect:/organisation/users/" + id;
        } catch (InvalidField problem) {
            FormErrors.of(model, problem);
            return form(model, form, null);
        }
    }

    @GetMapping("/organisation/users/{id}")
    String edit(@PathVariable UUID id, Model model) {
        var account = administering.forEditing(new UserId(id));
        FormErrors.none(model);
        model.addAttribute("account", account);
        return form(model, UserForm.of(account), id);
    }

    @PostMapping("/organisation/users/{id}")
    String update(@PathVariable UUID id, UserForm form, Model model, RedirectAttributes redirect) {
        try {
            administering.update(new UserId(id), form.version(), form.details());
            redirect.addFlashAttribute("confirmation", "Changes saved");
            return "redirect:/organisation/users/" + id;
        } catch (InvalidField problem) {
            FormErrors.of(model, problem);
        } catch (ConcurrentChange conflict) {
            FormErrors.of(model, "displayName", "Someone else changed this user while you were editing. "
                    + "Their changes are shown below; make yours again and save.");
            var current = administering.forEditing(new UserId(id));
            model.addAttribute("account", current);
            return form(model, UserForm.of(current), id);
        }
        model.addAttribute("account", administering.forEditing(new UserId(id)));
        return form(model, form, id);
    }

    @PostMapping("/organisation/users/{id}/unlock")
    String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
        administering.unlock(new UserId(id));
        redirect.addFlashAttribute("confirmation", "Account unlocked");
        return "redirect:/organisation/users/" + id;
    }

    @PostMapping("/organisation/users/{id}/password")
    String password(@PathVariable UUID id, @RequestParam String password, Model model, RedirectAttributes redirect) {
        try {
            administering.setPassword(new UserId(id), password);
            redirect.addFlashAttribute("confirmation", "Password changed: give it to the user in person or by a secure route");
            return "redirect:/organisation/users/" + id;
        } catch (InvalidField problem) {
            FormErrors.of(model, problem);
            var account = administering.forEditing(new UserId(id));
            model.addAttribute("account", account);
            return form(model, UserForm.of(account), id);
        }
    }

    private String form(Model model, UserForm form, UUID id) {
        var choices = administering.choices();
        model.addAttribute("form", form);
        model.addAttribute("userId", id);
        model.addAttribute("roles", choices.roles());
        model.addAttribute("teams", choices.teams().stream().map(t -> new Option(t.id().toString(),
                t.name() + ", " + t.stationName())).toList());
        model.addAttribute("vettingLevels", Arrays.stream(VettingLevel.values())
                .map(level -> new Option(level.name(), level.name() + ": " + level.title())).toList());
        return "organisation/user-form";
    }
}
