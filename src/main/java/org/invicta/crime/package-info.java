/**
 * Incidents and the crimes recorded from them, to the National Crime Recording Standard and the Home
 * Office Counting Rules: one crime per victim, the principal crime, the 24-hour recording clock, crime
 * numbers per force and year. Published police.uk files are imported as the force's public record.
 */
@ApplicationModule(allowedDependencies = {"platform", "platform :: *", "audit", "person", "item", "location", "map"})
@NullMarked
package org.invicta.crime;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
