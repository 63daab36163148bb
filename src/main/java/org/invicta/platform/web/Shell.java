package org.invicta.platform.web;

import java.util.List;

/** What the page shell shows around every page: the force, the user and the navigation their roles allow. */
public record Shell(boolean signedIn, String forceName, String userName, List<NavigationItem> navigation) {

    public record NavigationItem(String path, String label, boolean active) {
    }

    static Shell anonymous() {
        return new Shell(false, "", "", List.of());
    }
}
