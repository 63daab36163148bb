package org.invicta.crime.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.invicta.crime.CrimeId;
import org.invicta.crime.investigation.InvestigatingCrimes;
import org.invicta.crime.investigation.Investigation;
import org.invicta.crime.investigation.OutcomeType;
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
@RequestMapping("/api/v1")
@Tag(name = "Investigation", description = "Allocation, screening, tasks, supervisors' reviews and outcomes of the national framework")
class InvestigationApi {

    private final InvestigatingCrimes investigating;

    InvestigationApi(InvestigatingCrimes investigating) {
        this.investigating = investigating;
    }

    record Allocation(@Nullable UUID officer) {
    }

    record Screening(@Nullable String decision, @Nullable List<String> factors, @Nullable String rationale) {
    }

    record NewTask(@Nullable String description, @Nullable LocalDate dueOn, @Nullable UUID assignedTo) {
    }

    record Review(@Nullable String note) {
    }

    record OutcomeRequest(@Nullable String outcome, @Nullable String rationale, @Nullable UUID suspectId, @Nullable Boolean victimTold) {
    }

    @GetMapping("/crimes/{id}/investigation")
    @Operation(summary = "Where the investigation stands: allocation, screening, tasks, reviews and outcome (audited); the ETag is the crime's version")
    ResponseEntity<Investigation> read(@PathVariable UUID id) {
        return answer(investigating.read(new CrimeId(id)));
    }

    @PostMapping("/crimes/{id}/allocation")
    @Operation(summary = "Allocate the crime to an officer; needs If-Match")
    ResponseEntity<Investigation> allocate(@PathVariable UUID id, @RequestBody Allocation body,
                                           @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        return answer(investigating.allocate(new CrimeId(id), ETags.versionFrom(ifMatch), body.officer()));
    }

    @PostMapping("/crimes/{id}/screening")
    @Operation(summary = "Screen the crime in or out, with the solvability factors found and the rationale; needs If-Match")
    ResponseEntity<Investigation> screen(@PathVariable UUID id, @RequestBody Screening body,
                                         @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        return answer(investigating.screen(new CrimeId(id), ETags.versionFrom(ifMatch), body.decision(), body.factors(), body.rationale()));
    }

    @PostMapping("/crimes/{id}/tasks")
    @Operation(summary = "Set a task on the crime with its due date, for an officer (the caller by default)")
    ResponseEntity<Investigation> addTask(@PathVariable UUID id, @RequestBody NewTask body) {
        return answer(investigating.addTask(new CrimeId(id), body.description(), body.dueOn(), body.assignedTo()));
    }

    @PostMapping("/crimes/{id}/tasks/{task}/done")
    @Operation(summary = "Mark a task done")
    ResponseEntity<Investigation> completeTask(@PathVariable UUID id, @PathVariable int task) {
        return answer(investigating.completeTask(new CrimeId(id), task));
    }

    @PostMapping("/crimes/{id}/reviews")
    @Operation(summary = "A supervisor's review of the investigation")
    ResponseEntity<Investigation> review(@PathVariable UUID id, @RequestBody Review body) {
        return answer(investigating.review(new CrimeId(id), body.note()));
    }

    @PostMapping("/crimes/{id}/outcome")
    @Operation(summary = "Set the outcome (national framework code, e.g. 1, 14, 18, 21), checked against what the type needs; "
            + "types needing a supervisor wait for sign-off; needs If-Match")
    ResponseEntity<Investigation> setOutcome(@PathVariable UUID id, @RequestBody OutcomeRequest body,
                                             @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        return answer(investigating.setOutcome(new CrimeId(id), ETags.versionFrom(ifMatch), body.outcome(), body.rationale(),
                body.suspectId(), body.victimTold()));
    }

    @PostMapping("/crimes/{id}/outcome/sign-off")
    @Operation(summary = "A supervisor signs off the outcome set by another officer; needs If-Match")
    ResponseEntity<Investigation> signOff(@PathVariable UUID id,
                                          @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        return answer(investigating.signOff(new CrimeId(id), ETags.versionFrom(ifMatch)));
    }

    @GetMapping("/tasks")
    @Operation(summary = "The signed-in officer's open tasks, soonest due first")
    List<org.invicta.crime.investigation.TaskDue> myTasks() {
        return investigating.myTasks();
    }

    @GetMapping("/outcomes/awaiting-sign-off")
    @Operation(summary = "Outcomes waiting for a supervisor's sign-off, oldest first")
    List<Investigation> awaitingSignOff() {
        return investigating.awaitingSignOff();
    }

    @GetMapping("/outcome-types")
    @Operation(summary = "The outcome types of the national framework and what each needs")
    List<OutcomeType> outcomeTypes() {
        return investigating.outcomeTypes();
    }

    private static ResponseEntity<Investigation> answer(Investigation investigation) {
        return ResponseEntity.ok().eTag(ETags.of(investigation.version())).body(investigation);
    }
}
