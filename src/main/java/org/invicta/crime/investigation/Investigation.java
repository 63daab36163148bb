package org.invicta.crime.investigation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Where the investigation of a crime stands: who has it, its screening, its tasks, its reviews and its outcome. */
public record Investigation(UUID crimeId, String crimeNumber, @Nullable UUID allocatedTo, @Nullable String screening,
                           List<String> solvability, String screeningRationale, @Nullable Outcome outcome, List<Task> tasks,
                           List<Review> reviews, int version) {

    /** The outcome set, and whether it still waits for a supervisor. */
    public record Outcome(OutcomeType type, String state, String rationale, @Nullable UUID suspect, boolean victimTold,
                          Instant setAt, UUID setBy, @Nullable UUID signedBy) {
    }

    public record Task(int task, String description, LocalDate dueOn, UUID assignedTo, @Nullable Instant doneAt) {
        public boolean overdue(LocalDate today) {
            return doneAt == null && dueOn.isBefore(today);
        }
    }

    public record Review(int review, UUID reviewedBy, Instant reviewedAt, String note) {
    }

    /** The solvability factors a screening records (after the common screening criteria forces use). */
    public static final List<String> SOLVABILITY_FACTORS = List.of("WITNESS", "SUSPECT_NAMED", "SUSPECT_DESCRIBED", "CCTV",
            "FORENSIC", "STOLEN_PROPERTY_TRACEABLE", "VEHICLE_IDENTIFIED", "DIGITAL_EVIDENCE", "VULNERABLE_VICTIM");
}
