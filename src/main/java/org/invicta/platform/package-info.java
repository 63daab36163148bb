/**
 * What every capability stands on: the database (embedded or external), security and sign-in,
 * the force context of each transaction, the access policy, the page shell and the API conventions.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.invicta.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
