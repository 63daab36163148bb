package org.invicta.crime.integrity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** A crime data integrity audit: its period and seed, the incidents it drew, and what the auditors found. */
public record CrimeAudit(UUID id, LocalDate from, LocalDate to, long seed, int sampleSize, Instant createdAt, List<Item> items) {

    public enum Verdict { CORRECTLY_RECORDED, SHOULD_HAVE_BEEN_RECORDED, CORRECTLY_NOT_RECORDED }

    /** One sampled incident as it was when drawn, and the auditor's verdict, if marked yet. */
    public record Item(int item, UUID incidentId, String incidentNumber, String incidentType, String district, Instant reportedAt,
                       String status, String crimes, @Nullable Verdict verdict, String note) {
    }

    public int marked() {
        return (int) items.stream().filter(i -> i.verdict() != null).count();
    }

    public RecordingAccuracy accuracy() {
        return accuracyOf(items);
    }

    public Map<String, RecordingAccuracy> byDistrict() {
        return grouped(i -> i.district().isEmpty() ? "No district" : i.district());
    }

    public Map<String, RecordingAccuracy> byIncidentType() {
        return grouped(Item::incidentType);
    }

    private Map<String, RecordingAccuracy> grouped(Function<Item, String> key) {
        var groups = new TreeMap<String, List<Item>>();
        for (var item : items) groups.computeIfAbsent(key.apply(item), k -> new java.util.ArrayList<>()).add(item);
        var result = new TreeMap<String, RecordingAccuracy>();
        groups.forEach((name, members) -> result.put(name, accuracyOf(members)));
        return result;
    }

    private static RecordingAccuracy accuracyOf(List<Item> items) {
        int correct = 0, missed = 0;
        for (var item : items) {
            if (item.verdict() == Verdict.CORRECTLY_RECORDED) correct++;
            else if (item.verdict() == Verdict.SHOULD_HAVE_BEEN_RECORDED) missed++;
        }
        return new RecordingAccuracy(correct, missed);
    }
}
