package benchmark.unaudited;

import java.time.LocalDate;
import java.util.UUID;
import org.invicta.person.Person;
import org.invicta.person.PersonId;
import org.invicta.platform.web.ApiController;
import org.invicta.platform.web.ETags;
import org.invicta.shared.Sensitivity;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code GET /api/v1/people/{id}} without the audit row. It sits under /api/v1 so that a request to
 * it passes the same security filter chain as the audited read, and answers the same JSON and ETag.
 */
@ApiController
@RequestMapping("/api/v1/bench/unaudited-people")
class UnauditedPeopleApi {

    private final UnauditedPersonReads reads;

    UnauditedPeopleApi(UnauditedPersonReads reads) {
        this.reads = reads;
    }

    record PersonView(UUID id, String force, String givenNames, String surname, @Nullable LocalDate dateOfBirth,
                      Sensitivity sensitivity, int version) {
        static PersonView of(Person person) {
            return new PersonView(person.id().value(), person.force().value(), person.givenNames(), person.surname(),
                    person.dateOfBirth(), person.sensitivity(), person.version());
        }
    }

    @GetMapping("/{id}")
    ResponseEntity<PersonView> read(@PathVariable UUID id) {
        var person = reads.read(new PersonId(id));
        return ResponseEntity.ok().eTag(ETags.of(person.version())).body(PersonView.of(person));
    }
}
