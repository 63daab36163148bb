/**
 * The DPA 2018 s.62 log: one append-only, hash-chained row for every collection, alteration,
 * consultation, disclosure, combination and erasure of personal data, written in the transaction of
 * the act it records. Read by the s.62(4) roles and by each user for their own history; verified end
 * to end by {@code ./invicta audit verify}.
 */
@ApplicationModule(allowedDependencies = {"platform", "platform :: *"})
@NullMarked
package org.invicta.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
