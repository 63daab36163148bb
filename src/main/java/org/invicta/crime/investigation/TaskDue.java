package org.invicta.crime.investigation;

import java.time.LocalDate;
import java.util.UUID;

/** A task on an officer's list, with the crime it is for. */
public record TaskDue(UUID crimeId, String crimeNumber, int task, String description, LocalDate dueOn) {
}
