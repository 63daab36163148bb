package org.invicta.crime;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.invicta.crime.recording.Classification;
import org.invicta.shared.ForceId;
import org.jspecify.annotations.Nullable;

/**
 * A recorded crime. One recorded from an incident has its classification, its victim and the people in
 * it; one imported from police.uk has only what police.uk publishes (month, place, category, outcome).
 * Its LSOA (the statistical area police.uk publishes it under) is empty where no point was given.
 */
public record Crime(CrimeId id, ForceId force, String number, String source, @Nullable IncidentId incident,
                    @Nullable Classification classification, List<Classification> secondaryOffences, String categoryCode,
                    YearMonth month, @Nullable Instant reportedAt, Instant recordedAt, String status, String place,
                    @Nullable Double latitude, @Nullable Double longitude, String lsoaCode, String lsoaName, String victimName, @Nullable String outcomeCode,
                    @Nullable UUID allocatedTo, String transferredTo, List<InvolvedPerson> people, int version) {

    /** Recorded within 24 hours of the report, as the National Crime Recording Standard asks; unknown for imports. */
    public @Nullable Boolean recordedInTime() {
        return reportedAt == null ? null : !recordedAt.isAfter(reportedAt.plus(org.invicta.crime.recording.RecordingClock.ALLOWED));
    }

    public String title() {
        return classification == null ? categoryCode : classification.title();
    }
}
