package org.invicta.person.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.time.Clock;
import org.invicta.person.Alias;
import org.invicta.person.BirthPrecision;
import org.invicta.person.Description;
import org.invicta.person.FindingPeople;
import org.invicta.person.HeldAddress;
import org.invicta.person.Identifier;
import org.invicta.person.WarningMarker;
import org.invicta.person.Person;
import org.invicta.person.MergedPerson;
import org.invicta.person.PossibleDuplicate;
import org.invicta.person.PersonDetails;
import org.invicta.person.PersonId;
import org.invicta.person.PersonQueries;
import org.invicta.person.RecordingPeople;
import org.invicta.platform.web.ApiController;
import org.invicta.platform.web.ETags;
import org.invicta.shared.InvalidField;
import org.invicta.shared.Sensitivity;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
    private final FindingPeople finding;
    private final Clock clock;

    PeopleApi(RecordingPeople recording, PersonQueries queries, FindingPeople finding, Clock clock) {
        this.clock = clock;
        this.recording = recording;
        this.queries = queries;
        this.finding = finding;
    }

    /** A person as sent: dateOfBirth is YYYY-MM-DD, or YYYY-MM or YYYY when only part is known; estimatedAge when none is. */
    record PersonRequest(@Nullable String givenNames, @Nullable String surname, @Nullable String dateOfBirth,
                         @Nullable Integer estimatedAge, @Nullable String sensitivity, @Nullable String gender,
                         @Nullable String selfDefinedEthnicity, @Nullable String officerDefinedEthnicity,
                         @Nullable String placeOfBirth, @Nullable List<Alias> aliases, @Nullable List<Description> descriptions,
                         @Nullable List<HeldAddress> addresses, @Nullable List<String> phones, @Nullable List<String> emails,
                         @Nullable List<Identifier> identifiers, @Nullable List<MarkerRequest> markers,
                         @Nullable String reasonForNewRecord) {

        PersonDetails details(Clock clock) {
            var birth = BirthDates.parse(dateOfBirth, estimatedAge, clock);
            return new PersonDetails(givenNames, surname, birth.date(), birth.precision(), sensitivityLevel(), gender,
                    selfDefinedEthnicity, officerDefinedEthnicity, placeOfBirth, aliases, descriptions, addresses, phones,
                    emails, identifiers, markers == null ? null : markers.stream().map(MarkerRequest::marker).toList());
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

    /** Who set a marker and when are Invicta's to record, so a request cannot send them. */
    record MarkerRequest(@Nullable String code, @Nullable String note, @Nullable LocalDate expires) {
        WarningMarker marker() {
            return new WarningMarker(code, note, expires, null, null);
        }
    }

    record IdentifierView(String type, String label, String value, String display) {
    }

    record PersonView(UUID id, String force, String givenNames, String surname, @Nullable LocalDate dateOfBirth,
                      BirthPrecision dateOfBirthPrecision, Sensitivity sensitivity, String gender, String selfDefinedEthnicity,
                      String officerDefinedEthnicity, String placeOfBirth, List<Alias> aliases, List<Description> descriptions,
                      List<HeldAddress> addresses, List<String> phones, List<String> emails, List<IdentifierView> identifiers,
                      List<WarningMarker> markers, int version) {
        static PersonView of(Person person) {
            var d = person.details();
            return new PersonView(person.id().value(), person.force().value(), d.givenNames(), d.surname(), d.dateOfBirth(),
                    d.birthPrecision(), person.sensitivity(), d.gender(), d.selfDefinedEthnicity(), d.officerDefinedEthnicity(),
                    d.placeOfBirth(), d.aliases(), d.descriptions(), d.addresses(), d.phones(), d.emails(),
                    d.identifiers().stream().map(i -> new IdentifierView(i.type(), i.label(), i.value(), i.display())).toList(),
                    d.markers(), person.version());
        }
    }

    record Change(String field, String before, String after) {
    }

    /** One version, and what it changed from the one before: who changed what, when, and the previous value. */
    record VersionView(int version, PersonView person, String changedAt, @Nullable UUID changedBy, List<Change> changes) {
    }

    record MatchView(PersonView person, double matchProbability, boolean strong, List<String> supporting, List<String> against) {
        static MatchView of(FindingPeople.Found found) {
            return new MatchView(PersonView.of(found.person()), Math.round(found.match().probability() * 1e4) / 1e4,
                    found.match().strong(), found.match().supporting(), found.match().against());
        }
    }

    @PostMapping
    @Operation(summary = "Record a person, after the entry check: if someone already recorded matches strongly, the answer "
            + "is 409 possible-duplicate with the matches and nothing is saved; send reasonForNewRecord to create anyway "
            + "(the reason goes to the duplicate review)")
    ResponseEntity<PersonView> record(@RequestBody PersonRequest request) {
        var person = recording.record(request.details(clock), request.reasonForNewRecord());
        return ResponseEntity.created(URI.create("/api/v1/people/" + person.id())).eTag(ETags.of(person.version()))
                .body(PersonView.of(person));
    }

    @PostMapping("/matches")
    @Operation(summary = "The entry check on its own: people already recorded who may be this person, best first, "
            + "with the match probability and why (each one shown is audited)")
    List<MatchView> matches(@RequestBody PersonRequest request) {
        return finding.possibleDuplicates(request.details(clock)).stream().map(MatchView::of).toList();
    }

    @GetMapping
    @Operation(summary = "Search by what an officer would type: names in any order and spelling, with a date or year "
            + "of birth, e.g. q=jon smyth 1985. Ranked, with the reasons; every person shown is audited")
    List<MatchView> search(@RequestParam(name = "q", required = false) @Nullable String query) {
        return finding.search(query == null ? "" : query).stream().map(MatchView::of).toList();
    }

    @ExceptionHandler(PossibleDuplicate.class)
    ResponseEntity<ProblemDetail> possibleDuplicate(PossibleDuplicate e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("/problems/possible-duplicate"));
        problem.setTitle("This person may already be recorded");
        problem.setProperty("field", "reasonForNewRecord");
        problem.setProperty("matches", e.matches().stream().map(MatchView::of).toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A merged record: a read is sent to the record it was merged into, an edit is refused. */
    @ExceptionHandler(MergedPerson.class)
    ResponseEntity<ProblemDetail> merged(MergedPerson e, jakarta.servlet.http.HttpServletRequest request) {
        var survivor = request.getRequestURI().replaceFirst("/api/v1/people/[^/]+", "/api/v1/people/" + e.survivor());
        if (request.getMethod().equals("GET")) {
            var query = request.getQueryString();
            return ResponseEntity.status(HttpStatus.TEMPORARY_REDIRECT).location(URI.create(survivor + (query == null ? "" : "?" + query))).build();
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("/problems/merged"));
        problem.setTitle("This person was merged into another record");
        problem.setProperty("mergedInto", e.survivor().value());
        return ResponseEntity.status(HttpStatus.CONFLICT).location(URI.create(survivor))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
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
        var person = recording.correct(new PersonId(id), ETags.versionFrom(ifMatch), request.details(clock));
        return ResponseEntity.ok().eTag(ETags.of(person.version())).body(PersonView.of(person));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every version of a person, newest first, each with who changed what and the previous value")
    List<VersionView> history(@PathVariable UUID id, @RequestParam(required = false) @Nullable String purpose) {
        var versions = queries.history(new PersonId(id), purpose);
        var views = new java.util.ArrayList<VersionView>();
        for (int i = 0; i < versions.size(); i++) {
            var version = versions.get(i);
            var changes = new java.util.ArrayList<Change>();
            if (i + 1 < versions.size())
                versions.get(i + 1).details().changesTo(version.details())
                        .forEach((field, values) -> changes.add(new Change(field, values[0], values[1])));
            var person = new Person(version.id(), version.force(), version.details(), version.version(), version.changedAt(), null);
            views.add(new VersionView(version.version(), PersonView.of(person), version.changedAt().toString(), version.changedBy(), changes));
        }
        return views;
    }

}
