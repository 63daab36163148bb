package org.invicta.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.invicta.platform.security.InvictaPrincipal;
import org.springframework.stereotype.Component;

/** The tasks a home page offers, by the privileges the user's roles give. */
@Component
class HomeTasks {

    private static final Map<String, String> ROLE_TITLES = Map.of(
            "RESPONSE_OFFICER", "Response officer", "INVESTIGATOR", "Investigator", "SUPERVISOR", "Supervisor",
            "CRIME_REGISTRAR", "Force crime registrar", "FORCE_ADMIN", "Force administrator",
            "AUDITOR", "Professional standards");

    static String roleTitle(String role) {
        return ROLE_TITLES.getOrDefault(role, role);
    }

    List<HomeController.Task> forUser(InvictaPrincipal user) {
        var tasks = new ArrayList<HomeController.Task>();
        if (user.can("person:read") || user.can("pole:read"))
            tasks.add(new HomeController.Task("/search", "Search",
                    "People by name in any spelling, vehicles, phones, property and places"));
        if (user.can("crime:record")) {
            tasks.add(new HomeController.Task("/incidents/new", "Report an incident",
                    "Record what happened and the crime it discloses, in one go"));
            tasks.add(new HomeController.Task("/crimes/mine", "My crimes", "The crimes allocated to you"));
        }
        if (user.can("crime:read"))
            tasks.add(new HomeController.Task("/crimes", "Find a crime", "By crime number, or by place, victim or offence"));
        if (user.can("crime:read"))
            tasks.add(new HomeController.Task("/incidents/awaiting-decision", "Incidents awaiting a recording decision",
                    "Open incidents, with the time left on the 24-hour clock"));
        if (user.can("crime:supervise"))
            tasks.add(new HomeController.Task("/outcomes/awaiting-sign-off", "Outcomes awaiting your sign-off",
                    "Outcomes of investigations that need a supervisor before they are final"));
        if (user.can("crime:audit"))
            tasks.add(new HomeController.Task("/crime-audits", "Audit crime recording",
                    "Sample incidents, mark each, and see recording accuracy with its confidence interval"));
        if (user.can("person:record"))
            tasks.add(new HomeController.Task("/people/new", "Record a person",
                    "Add someone you have dealt with, checked for a duplicate first"));
        if (user.can("person:merge"))
            tasks.add(new HomeController.Task("/people/review", "Review possible duplicates",
                    "Compare records that may be one person; merge them or keep them apart"));
        if (user.can("organisation:administer")) {
            tasks.add(new HomeController.Task("/organisation/users", "Manage users",
                    "Add users, set their roles and vetting, unlock accounts"));
            tasks.add(new HomeController.Task("/organisation", "Districts, stations and teams",
                    "Keep the force's structure up to date"));
        } else if (user.can("organisation:read")) {
            tasks.add(new HomeController.Task("/organisation", "Your force",
                    "Districts, stations and teams of your force"));
        }
        if (user.can("audit:read"))
            tasks.add(new HomeController.Task("/audit", "Audit the use of personal data",
                    "Who looked at a record and why; what a user has looked at"));
        tasks.add(new HomeController.Task("/my/history", "Your access history",
                "Every record of personal data you have created, changed or looked at"));
        return tasks;
    }
}
