package org.invicta.platform.security;

import org.invicta.shared.UserId;

/** A user's roles, vetting, password or status changed: their open sessions no longer describe them. */
public record AccountChanged(UserId user) {
}
