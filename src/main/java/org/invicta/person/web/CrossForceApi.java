package org.invicta.person.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.invicta.person.ConsultingAnotherForce;
import org.invicta.person.PersonId;
import org.invicta.platform.web.ApiController;
import org.invicta.shared.ForceId;
import org.invicta.shared.InvalidField;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ApiController
@Tag(name = "Cross-force", description = "Explicit, justified and audited use of another force's records")
class CrossForceApi {

    private final ConsultingAnotherForce consulting;

    CrossForceApi(ConsultingAnotherForce consulting) {
        this.consulting = consulting;
    }

    record ConsultationRequest(@Nullable String force, @Nullable UUID personId, @Nullable String justification) {
    }

    @PostMapping("/api/v1/cross-force/person-consultations")
    @Operation(summary = "Consult a person held by another force; the justification is disclosed to that force and audited")
    PeopleApi.PersonView consult(@RequestBody ConsultationRequest request) {
        if (request.personId() == null) throw new InvalidField("personId", "Give the id of the person to consult");
        ForceId holder;
        try {
            holder = ForceId.of(request.force() == null ? "" : request.force());
        } catch (IllegalArgumentException e) {
            throw new InvalidField("force", "Give the holding force's police.uk id, like essex");
        }
        var justification = request.justification() == null ? "" : request.justification();
        return PeopleApi.PersonView.of(consulting.consult(holder, new PersonId(request.personId()), justification));
    }
}
