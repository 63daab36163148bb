/**
 * Objects held by the force (the O of POLE): vehicles by registration mark, phones by IMEI, other
 * property by serial number and description. Every version is kept.
 */
@ApplicationModule(allowedDependencies = {"platform", "platform :: *", "audit"})
@NullMarked
package org.invicta.item;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
