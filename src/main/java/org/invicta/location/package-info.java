/**
 * Places held by the force (the L of POLE): an address with its postcode and UPRN where known,
 * coordinates, or a description of a place no address names ("car park behind the station").
 */
@ApplicationModule(allowedDependencies = {"platform", "platform :: *", "audit"})
@NullMarked
package org.invicta.location;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
