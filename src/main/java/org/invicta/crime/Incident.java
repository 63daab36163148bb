package org.invicta.crime;

import java.time.Instant;
import java.util.List;
import org.invicta.crime.recording.RecordingClock;
import org.invicta.shared.ForceId;
import org.jspecify.annotations.Nullable;

/** A report of something that happened, as the force holds it, with the people in it and its log. */
public record Incident(IncidentId id, ForceId force, String number, String channel, String openingType, String closingType,
                       Instant reportedAt, Place place, String narrative, String status, String nonCrimeRationale,
                       List<InvolvedPerson> people, List<LogEntry> log, int version) {

    /** Where it happened: the words of the report, a postcode, coordinates when known. */
    public record Place(String text, String postcode, @Nullable Double latitude, @Nullable Double longitude) {
        public String summary() {
            return postcode.isEmpty() ? text : text.isEmpty() ? postcode : text + ", " + postcode;
        }
    }

    public record LogEntry(int entry, Instant writtenAt, String text) {
    }

    public RecordingClock clock() {
        return new RecordingClock(reportedAt);
    }
}
