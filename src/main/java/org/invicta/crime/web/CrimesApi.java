package org.invicta.crime.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.invicta.crime.Crime;
import org.invicta.crime.CrimeId;
import org.invicta.crime.CrimeDecision;
import org.invicta.crime.CrimeQueries;
import org.invicta.crime.DecidingCrimes;
import org.invicta.crime.LinkingToCrimes;
import org.invicta.crime.InvolvedPerson;
import org.invicta.crime.recording.Classification;
import org.invicta.platform.web.ApiController;
import org.invicta.platform.web.ETags;
import org.invicta.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController
@RequestMapping("/api/v1/crimes")
@Tag(name = "Crimes", description = "Recorded crimes: those recorded from incidents and those imported from police.uk. Every read is audited.")
class CrimesApi {

    private final CrimeQueries queries;
    private final DecidingCrimes deciding;
    private final LinkingToCrimes linking;

    CrimesApi(CrimeQueries queries, DecidingCrimes deciding, LinkingToCrimes linking) {
        this.queries = queries;
        this.deciding = deciding;
        this.linking = linking;
    }

    record PersonView(UUID personId, String name, String role) {
        static PersonView of(InvolvedPerson p) {
            return new PersonView(p.personId(), p.name(), p.role().name());
        }
    }

    record ClassificationView(String code, String title, String category, boolean violent, boolean personalVictim, String rulesYear) {
        static ClassificationView of(Classification c) {
            return new ClassificationView(c.code(), c.title(), c.categoryCode(), c.violent(), c.personalVictim(), c.rulesYear());
        }
    }

    record CrimeView(UUID id, String number, String force, String source, @Nullable UUID incidentId,
                     @Nullable ClassificationView classification, List<ClassificationView> secondaryOffences, String category,
                     String month, @Nullable String reportedAt, String recordedAt, @Nullable Boolean recordedInTime, String status,
                     String place, @Nullable Double latitude, @Nullable Double longitude, String lsoaCode, String lsoaName,
                     String victimName, @Nullable String outcome, @Nullable UUID allocatedTo, String transferredTo, List<PersonView> people, int version) {
        static CrimeView of(Crime c) {
            return new CrimeView(c.id().value(), c.number(), c.force().value(), c.source(),
                    c.incident() == null ? null : c.incident().value(),
                    c.classification() == null ? null : ClassificationView.of(c.classification()),
                    c.secondaryOffences().stream().map(ClassificationView::of).toList(), c.categoryCode(), c.month().toString(),
                    c.reportedAt() == null ? null : c.reportedAt().toString(), c.recordedAt().toString(), c.recordedInTime(), c.status(),
                    c.place(), c.latitude(), c.longitude(), c.lsoaCode(), c.lsoaName(), c.victimName(), c.outcomeCode(), c.allocatedTo(), c.transferredTo(),
                    c.people().stream().map(PersonView::of).toList(), c.version());
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a crime (audited), with its classification, secondary offences and people")
    ResponseEntity<CrimeView> read(@PathVariable UUID id) {
        var crime = queries.read(new CrimeId(id));
        return ResponseEntity.ok().eTag(ETags.of(crime.version())).body(CrimeView.of(crime));
    }

    @GetMapping
    @Operation(summary = "Crimes: the signed-in officer's list (allocatedTo=me, the default), number=CR/000001/26 for one crime, "
            + "or q= words of the place, LSOA, victim or offence (all must match), newest first")
    List<CrimeView> list(@RequestParam(name = "allocatedTo", required = false) @Nullable String allocatedTo,
                         @RequestParam(name = "number", required = false) @Nullable String number,
                         @RequestParam(name = "q", required = false) @Nullable String query) {
        if (query != null) return queries.search(query).stream().map(CrimeView::of).toList();
        if (number != null) return queries.byNumber(number).map(CrimeView::of).map(List::of)
                .orElseThrow(() -> new NotFound("crime " + number));
        if (allocatedTo != null && !allocatedTo.equals("me"))
            throw new org.invicta.shared.InvalidField("allocatedTo", "ask for allocatedTo=me (the default), or a crime by its number");
        return queries.mine().stream().map(CrimeView::of).toList();
    }

    record ReclassificationRequest(@Nullable String classification, @Nullable String reason) {
    }

    record TransferRequest(@Nullable String force, @Nullable String reason) {
    }

    record CancellationRequest(@Nullable String reasonCode, @Nullable String additionalVerifiableInformation) {
    }

    @PostMapping("/{id}/reclassification")
    @Operation(summary = "Reclassify a recorded crime (Force Crime Registrar), with the reason; needs If-Match; the old class is kept")
    ResponseEntity<CrimeView> reclassify(@PathVariable UUID id, @RequestBody ReclassificationRequest request,
                                         @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        var crime = deciding.reclassify(new CrimeId(id), ETags.versionFrom(ifMatch), request.classification(), request.reason());
        return ResponseEntity.ok().eTag(ETags.of(crime.version())).body(CrimeView.of(crime));
    }

    @PostMapping("/{id}/transfer")
    @Operation(summary = "Transfer a recorded crime to the force where it happened (Force Crime Registrar); needs If-Match")
    ResponseEntity<CrimeView> transfer(@PathVariable UUID id, @RequestBody TransferRequest request,
                                       @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        var crime = deciding.transfer(new CrimeId(id), ETags.versionFrom(ifMatch), request.force(), request.reason());
        return ResponseEntity.ok().eTag(ETags.of(crime.version())).body(CrimeView.of(crime));
    }

    @PostMapping("/{id}/cancellation")
    @Operation(summary = "Cancel a recorded crime: one of the cancellation reasons and the additional verifiable information "
            + "(Force Crime Registrar); needs If-Match")
    ResponseEntity<CrimeView> cancel(@PathVariable UUID id, @RequestBody CancellationRequest request,
                                     @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        var crime = deciding.cancel(new CrimeId(id), ETags.versionFrom(ifMatch), request.reasonCode(), request.additionalVerifiableInformation());
        return ResponseEntity.ok().eTag(ETags.of(crime.version())).body(CrimeView.of(crime));
    }

    @GetMapping("/{id}/decisions")
    @Operation(summary = "The registrar's decisions on a crime, oldest first: reclassifications with the old and new class, transfer, cancellation")
    List<CrimeDecision> decisions(@PathVariable UUID id) {
        return deciding.decisions(new CrimeId(id));
    }

    record LinkRequest(@Nullable String kind, @Nullable UUID id, @Nullable String role) {
    }

    record MethodRequest(@Nullable String modusOperandi) {
    }

    @PostMapping("/{id}/links")
    @Operation(summary = "Link an object (ITEM: property, a vehicle, a phone) or a LOCATION to the crime, with its role: STOLEN, DAMAGED, USED, "
            + "RECOVERED, SCENE or OTHER")
    List<org.invicta.crime.CrimeLink> link(@PathVariable UUID id, @RequestBody LinkRequest request) {
        return linking.link(new CrimeId(id), request.kind(), request.id(), request.role());
    }

    @GetMapping("/{id}/links")
    @Operation(summary = "The objects and places linked to the crime")
    List<org.invicta.crime.CrimeLink> links(@PathVariable UUID id) {
        queries.read(new CrimeId(id));
        return queries.links(new CrimeId(id));
    }

    @PutMapping("/{id}/modus-operandi")
    @Operation(summary = "Describe how the crime was done; needs If-Match")
    ResponseEntity<java.util.Map<String, String>> describeMethod(@PathVariable UUID id, @RequestBody MethodRequest request,
                                                                 @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        var version = linking.describeMethod(new CrimeId(id), ETags.versionFrom(ifMatch), request.modusOperandi());
        return ResponseEntity.ok().eTag(ETags.of(version)).body(java.util.Map.of("modusOperandi", queries.modusOperandi(new CrimeId(id))));
    }

    @GetMapping("/cancellation-reasons")
    @Operation(summary = "The force's cancellation reasons")
    java.util.Map<String, String> cancellationReasons() {
        return deciding.cancellationReasons();
    }

    @GetMapping("/classifications")
    @Operation(summary = "The Home Office classifications of the current counting-rules year, most serious first")
    List<ClassificationView> classifications() {
        return queries.classifications().stream().map(ClassificationView::of).toList();
    }
}
