/** Value types every module shares: force and user ids, vetting levels, sensitivities. No beans. */
@NullMarked
package org.invicta.shared;

import org.jspecify.annotations.NullMarked;
