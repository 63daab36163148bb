package org.invicta.crime.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.invicta.crime.integrity.AuditingCrimeRecording;
import org.invicta.crime.integrity.CrimeAudit;
import org.invicta.crime.integrity.RecordingAccuracy;
import org.invicta.platform.web.ApiController;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

@ApiController
@RequestMapping("/api/v1/crime-audits")
@Tag(name = "Crime data integrity", description = "The registrar's audit of crime recording: a seeded sample of incidents, marked, with accuracy and its 95% interval")
class CrimeAuditsApi {

    private final AuditingCrimeRecording auditing;

    CrimeAuditsApi(AuditingCrimeRecording auditing) {
        this.auditing = auditing;
    }

    record DrawRequest(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable Integer sampleSize, @Nullable Long seed) {
    }

    record MarkRequest(CrimeAudit.@Nullable Verdict verdict, @Nullable String note) {
    }

    record AccuracyView(int correctlyRecorded, int shouldHaveBeenRecorded, @Nullable Double accuracy, @Nullable Double lower,
                        @Nullable Double upper, String summary) {
        static AccuracyView of(RecordingAccuracy a) {
            var none = a.crimesThatShouldBeRecorded() == 0;
            return new AccuracyView(a.correctlyRecorded(), a.shouldHaveBeenRecorded(), none ? null : a.accuracy(),
                    none ? null : a.lower(), none ? null : a.upper(), a.describe());
        }
    }

    record AuditView(UUID id, LocalDate from, LocalDate to, long seed, int sampleSize, int drawn, int marked, AccuracyView accuracy,
                     Map<String, AccuracyView> byDistrict, Map<String, AccuracyView> byIncidentType, List<CrimeAudit.Item> items) {
        static AuditView of(CrimeAudit a) {
            return new AuditView(a.id(), a.from(), a.to(), a.seed(), a.sampleSize(), a.items().size(), a.marked(),
                    AccuracyView.of(a.accuracy()), view(a.byDistrict()), view(a.byIncidentType()), a.items());
        }

        private static Map<String, AccuracyView> view(Map<String, RecordingAccuracy> groups) {
            var views = new java.util.TreeMap<String, AccuracyView>();
            groups.forEach((k, v) -> views.put(k, AccuracyView.of(v)));
            return views;
        }
    }

    @PostMapping
    @Operation(summary = "Draw an audit's sample of the incidents reported in a period (a seed given again draws the same sample)")
    ResponseEntity<AuditView> draw(@RequestBody DrawRequest request) {
        var audit = auditing.draw(request.from(), request.to(), request.sampleSize(), request.seed());
        return ResponseEntity.created(URI.create("/api/v1/crime-audits/" + audit.id())).body(AuditView.of(audit));
    }

    @GetMapping
    @Operation(summary = "The force's audits, newest first")
    List<AuditView> all() {
        return auditing.all().stream().map(AuditView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "An audit: its frozen sample, the verdicts so far, and accuracy overall, by district and by incident type")
    AuditView read(@PathVariable UUID id) {
        return AuditView.of(auditing.read(id));
    }

    @PutMapping("/{id}/items/{item}")
    @Operation(summary = "Mark one sampled incident: CORRECTLY_RECORDED, SHOULD_HAVE_BEEN_RECORDED or CORRECTLY_NOT_RECORDED")
    AuditView mark(@PathVariable UUID id, @PathVariable int item, @RequestBody MarkRequest request) {
        return AuditView.of(auditing.mark(id, item, request.verdict(), request.note()));
    }
}
