/**
 * Rules about people that need no framework: plain values in, a canonical value or an
 * {@link org.invicta.shared.InvalidField} out.
 */
@NullMarked
package org.invicta.person.domain;

import org.jspecify.annotations.NullMarked;
