package org.invicta.crime.recording;

import java.time.Duration;
import java.time.Instant;

/**
 * The National Crime Recording Standard's clock: a crime is recorded within 24 hours of the report that
 * discloses it. Invicta starts the clock when the report is made, the strict reading, since when a report
 * became "sufficient" is exactly what a late decision would argue about.
 */
public record RecordingClock(Instant reportedAt) {

    public static final Duration ALLOWED = Duration.ofHours(24);

    public Instant dueAt() {
        return reportedAt.plus(ALLOWED);
    }

    /** Time left before the decision is late; negative once it is. */
    public Duration remaining(Instant now) {
        return Duration.between(now, dueAt());
    }

    public boolean overdue(Instant now) {
        return now.isAfter(dueAt());
    }

    /** Whether a crime recorded at this moment was recorded in time. */
    public boolean inTime(Instant recordedAt) {
        return !recordedAt.isAfter(dueAt());
    }

    /** "5 h 12 min left" or "2 h 3 min overdue": what the lists show. */
    public String describe(Instant now) {
        var left = remaining(now);
        var minutes = Math.abs(left.toMinutes());
        var text = (minutes / 60) + " h " + (minutes % 60) + " min";
        return left.isNegative() ? text + " overdue" : text + " left";
    }
}
