/**
 * People held by a force (the P of POLE). For now the smallest record the platform needs to prove
 * audit, access and locking on personal data; the POLE work grows it into names, aliases, identifiers,
 * markers and matching.
 */
@ApplicationModule(allowedDependencies = {"platform", "platform :: *", "audit", "identity"})
@NullMarked
package org.invicta.person;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
