package org.invicta.person.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.invicta.person.Person;
import org.invicta.person.PersonDetails;
import org.invicta.person.PersonId;
import org.invicta.person.PersonQueries;
import org.invicta.person.RecordingPeople;
import org.invicta.platform.web.ApiController;
import org.invicta.platform.web.ETags;
import org.invicta.shared.InvalidField;
import org.invicta.shared.Sensitivity;
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
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "People held by the force. Every read is audited as a consultation.")
class PeopleApi {

    private final RecordingPeople recording;
    private final PersonQueries queries;

    PeopleApi(RecordingPeople recording, PersonQueries queries) {
        this.recording = recording;
        this.queries = queries;
    }

    record PersonRequest(@Nullable String givenNames, @Nullable String surname, @Nullable String dateOfBirth,
                         @Nullable String sensitivity) {
        PersonDetails details() {
            return new PersonDetails(givenNames, surname, date(), sensitivityLevel());
        }

        private @Nullable LocalDate date() {
            if (dateOfBirth == null || dateOfBirth.isBlank()) return null;
            try {
                return LocalDate.parse(dateOfBirth);
            } catch (DateTimeParseException e) {
                throw new InvalidField("dateOfBirth", "Date of birth must be a real date written YYYY-MM-DD, like 1985-04-23");
            }
        }

        private @Nullable Sensitivity sensitivityLevel() {
            if (sensitivity == null || sensitivity.isBlank()) return null;
            try {
                return Sensitivity.valueOf(sensitivity);
            } catch (IllegalArgumentException e) {
                throw new InvalidField("sensitivity", "Sensitivity must be OFFICIAL, OFFICIAL_SENSITIVE or SECRET");
            }
        }
    }

    record PersonView(UUID id, String force, String givenNames, String surname, @Nullable LocalDate dateOfBirth,
                      Sensitivity sensitivity, int version) {
        static PersonView of(Person person) {
            return new PersonView(person.id().value(), person.force().value(), person.givenNames(), person.surname(),
                    person.dateOfBirth(), person.sensitivity(), person.version());
        }
    }

    record VersionView(int version, String givenNames, String surname, @Nullable LocalDate dateOfBirth,
                       Sensitivity sensitivity, String changedAt, @Nullable UUID changedBy) {
    }

    @PostMapping
    @Operation(summary = "Record a person")
    ResponseEntity<PersonView> record(@RequestBody PersonRequest request) {
        var person = recording.record(request.details());
        return ResponseEntity.created(URI.create("/api/v1/people/" + person.id())).eTag(ETags.of(person.version()))
                .body(PersonView.of(person));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a person (audited as a consultation); the ETag is the version to send in If-Match. "
            + "purpose: why you are opening it, required where the force asks for one (sensitive records by default)")
    ResponseEntity<PersonView> read(@PathVariable UUID id, @RequestParam(required = false) @Nullable String purpose) {
        var person = queries.read(new PersonId(id), purpose);
        return ResponseEntity.ok().eTag(ETags.of(person.version())).body(PersonView.of(person));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a person; needs If-Match, answers 409 with both versions' differences if it moved on")
    ResponseEntity<PersonView> correct(@PathVariable UUID id, @RequestBody PersonRequest request,
                                       @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        var person = recording.correct(new PersonId(id), ETags.versionFrom(ifMatch), request.details());
        return ResponseEntity.ok().eTag(ETags.of(person.version())).body(PersonView.of(person));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every version of a person, newest first")
    List<VersionView> history(@PathVariable UUID id, @RequestParam(required = false) @Nullable String purpose) {
        return queries.history(new PersonId(id), purpose).stream()
                .map(v -> new VersionView(v.version(), v.details().givenNames(), v.details().surname(),
                        v.details().dateOfBirth(), v.details().sensitivityOrOfficial(), v.changedAt().toString(), v.changedBy()))
                .toList();
    }
}
