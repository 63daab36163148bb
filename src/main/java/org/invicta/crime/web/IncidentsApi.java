package org.invicta.crime.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.invicta.crime.CrimeQueries;
import org.invicta.crime.Incident;
import org.invicta.crime.IncidentId;
import org.invicta.crime.IncidentReport;
import org.invicta.crime.ReportingIncidents;
import org.invicta.platform.web.ApiController;
import org.invicta.platform.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

@ApiController
@RequestMapping("/api/v1/incidents")
@Tag(name = "Incidents", description = "Reports of what happened, and the crimes recorded from them. Every read is audited.")
class IncidentsApi {

    private final ReportingIncidents reporting;
    private final CrimeQueries queries;

    IncidentsApi(ReportingIncidents reporting, CrimeQueries queries) {
        this.reporting = reporting;
        this.queries = queries;
    }

    record ReportedView(IncidentView incident, List<CrimesApi.CrimeView> crimes) {
    }

    record IncidentView(UUID id, String number, String force, String channel, String openingType, String closingType, String reportedAt,
                        Incident.Place place, String narrative, String status, String nonCrimeRationale, String recordingDueAt,
                        String recordingClock, List<CrimesApi.PersonView> people, List<Incident.LogEntry> log, int version) {
        static IncidentView of(Incident i, java.time.Instant now) {
            return new IncidentView(i.id().value(), i.number(), i.force().value(), i.channel(), i.openingType(), i.closingType(),
                    i.reportedAt().toString(), i.place(), i.narrative(), i.status(), i.nonCrimeRationale(), i.clock().dueAt().toString(),
                    i.status().equals("OPEN") ? i.clock().describe(now) : "decided",
                    i.people().stream().map(CrimesApi.PersonView::of).toList(), i.log(), i.version());
        }
    }

    @PostMapping
    @Operation(summary = "Report an incident, with the people in it and the offences it discloses; the counting rules record the crimes "
            + "(one per victim, the principal offence counted)")
    ResponseEntity<ReportedView> report(@RequestBody IncidentReport report) {
        var reported = reporting.report(report);
        var now = queries.now();
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + reported.incident().id()))
                .eTag(ETags.of(reported.incident().version()))
                .body(new ReportedView(IncidentView.of(reported.incident(), now), reported.crimes().stream().map(CrimesApi.CrimeView::of).toList()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an incident (audited), with its people, log and recording clock")
    ResponseEntity<IncidentView> read(@PathVariable UUID id) {
        var incident = queries.incident(new IncidentId(id));
        return ResponseEntity.ok().eTag(ETags.of(incident.version())).body(IncidentView.of(incident, queries.now()));
    }

    @GetMapping("/awaiting-decision")
    @Operation(summary = "Open incidents awaiting a crime-recording decision, the oldest report first, with time left on the 24-hour clock")
    List<IncidentView> awaiting() {
        var now = queries.now();
        return queries.awaitingDecision().stream().map(i -> IncidentView.of(i, now)).toList();
    }

    record RecordCrimes(@Nullable List<IncidentReport.Offence> offences, @Nullable UUID allocateTo) {
    }

    @PostMapping("/{id}/crimes")
    @Operation(summary = "Record the crimes an open incident discloses, from the offences named (one per victim, the principal crime "
            + "counted); the 24-hour clock runs from the report; needs If-Match")
    ResponseEntity<ReportedView> recordCrimes(@PathVariable UUID id, @RequestBody RecordCrimes body,
                                              @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        var reported = reporting.recordCrimes(new IncidentId(id), ETags.versionFrom(ifMatch), body.offences(), body.allocateTo());
        return ResponseEntity.ok().eTag(ETags.of(reported.incident().version()))
                .body(new ReportedView(IncidentView.of(reported.incident(), queries.now()), reported.crimes().stream().map(CrimesApi.CrimeView::of).toList()));
    }

    @PostMapping("/{id}/log")
    @Operation(summary = "Add an update to the incident's log")
    ResponseEntity<IncidentView> addToLog(@PathVariable UUID id, @RequestBody Map<String, String> body) {
        var incident = reporting.addToLog(new IncidentId(id), body.get("text"));
        return ResponseEntity.ok().eTag(ETags.of(incident.version())).body(IncidentView.of(incident, queries.now()));
    }

    @PostMapping("/{id}/n100")
    @Operation(summary = "Record a reported rape or attempted rape not at once recorded as a confirmed rape as an N100, with why; "
            + "it is kept and can still become a crime; needs If-Match")
    ResponseEntity<IncidentView> n100(@PathVariable UUID id, @RequestBody Map<String, String> body,
                                      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        var incident = reporting.recordN100(new IncidentId(id), ETags.versionFrom(ifMatch), body.get("reason"));
        return ResponseEntity.ok().eTag(ETags.of(incident.version())).body(IncidentView.of(incident, queries.now()));
    }

    @GetMapping("/n100")
    @Operation(summary = "The force's N100 records, newest first")
    List<IncidentView> n100s() {
        var now = queries.now();
        return queries.n100s().stream().map(i -> IncidentView.of(i, now)).toList();
    }

    @PostMapping("/{id}/no-crime")
    @Operation(summary = "Decide that the incident discloses no crime, with the rationale; needs If-Match")
    ResponseEntity<IncidentView> noCrime(@PathVariable UUID id, @RequestBody Map<String, String> body,
                                         @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        var incident = reporting.noCrime(new IncidentId(id), ETags.versionFrom(ifMatch), body.get("nonCrimeRationale"));
        return ResponseEntity.ok().eTag(ETags.of(incident.version())).body(IncidentView.of(incident, queries.now()));
    }
}
