/**
 * The forces sharing Invicta and how each is organised: districts, stations, teams, and the users
 * who sign in, with their collar numbers, ranks or grades, roles and vetting. Kept by each force's
 * administrator.
 */
@ApplicationModule(allowedDependencies = {"platform", "platform :: *", "audit"})
@NullMarked
package org.invicta.organisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
