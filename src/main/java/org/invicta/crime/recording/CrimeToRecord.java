package org.invicta.crime.recording;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A crime the counting rules say to record: its victim, its principal offence, and the offences kept but not counted. */
public record CrimeToRecord(AllegedOffence.@Nullable Victim victim, Classification principal, List<Classification> secondary) {
}
