/**
 * The one search box across POLE: what an officer types (a name, a date of birth, a registration
 * mark, a postcode, a phone number, an identifier) goes to people, objects and locations at once,
 * each answering with what matched and why, within the user's access.
 */
@ApplicationModule(allowedDependencies = {"platform", "platform :: *", "person", "item", "location", "identity"})
@NullMarked
package org.invicta.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
