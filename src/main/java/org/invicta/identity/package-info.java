/**
 * Identity resolution for people: a Fellegi–Sunter matcher whose parameters are learnt from the data
 * (expectation–maximisation, term frequencies, blocking rules), used by the entry check and review of
 * person records and by the batch commands {@code ./invicta identity link} and {@code generate}, which
 * work on files and need no database.
 */
@ApplicationModule(allowedDependencies = {"platform", "platform :: *"})
@NullMarked
package org.invicta.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
