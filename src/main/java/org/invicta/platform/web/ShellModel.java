package org.invicta.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.invicta.platform.security.CurrentUser;
import org.invicta.platform.security.InvictaPrincipal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page its shell: header with force and user, and navigation by privilege. */
@ControllerAdvice
class ShellModel {

    private record Destination(String path, String label, String privilege) {
    }

    // Where a user can go, and the privilege that shows the link (null: everyone signed in).
    private static final List<Destination> DESTINATIONS = List.of(
            new Destination("/", "nav.home", null),
            new Destination("/organisation", "nav.organisation", "organisation:read"),
            new Destination("/organisation/users", "nav.users", "organisation:administer"),
            new Destination("/audit", "nav.audit", "audit:read"),
            new Destination("/my/history", "nav.history", null));

    private final CurrentUser currentUser;
    private final ForceNames forceNames;

    private final String govukFrontend;

    ShellModel(CurrentUser currentUser, ForceNames forceNames, @Value("${invicta.govuk-frontend}") String govukFrontend) {
        this.currentUser = currentUser;
        this.forceNames = forceNames;
        this.govukFrontend = govukFrontend;
    }

    /** Where GOV.UK Frontend's styles, scripts and assets are served from. */
    @ModelAttribute("govukFrontend")
    String govukFrontend() {
        return govukFrontend;
    }

    @ModelAttribute("shell")
    Shell shell(HttpServletRequest request) {
        return currentUser.get().map(user -> shellFor(user, request.getRequestURI())).orElseGet(Shell::anonymous);
    }

    private Shell shellFor(InvictaPrincipal user, String path) {
        var items = new ArrayList<Shell.NavigationItem>();
        for (var destination : DESTINATIONS)
            if (destination.privilege() == null || user.can(destination.privilege()))
                items.add(new Shell.NavigationItem(destination.path(), destination.label(), isActive(destination.path(), path)));
        return new Shell(true, forceNames.of(user.force()), user.displayName(), items);
    }

    private static boolean isActive(String destination, String path) {
        if (destination.equals("/")) return path.equals("/");
        if (destination.equals("/organisation")) return path.equals("/organisation");
        return path.startsWith(destination);
    }
}
