package org.invicta.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.invicta.audit.AuditEvent;
import org.invicta.audit.AuditQueries;
import org.invicta.platform.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

@ApiController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The DPA 2018 s.62 trail of the signed-in user's force")
class AuditApi {

    private final AuditQueries queries;

    AuditApi(AuditQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/records/{type}/{id}")
    @Operation(summary = "Who collected, altered, consulted, disclosed, combined or erased this record (s.62(4) roles)")
    List<AuditEvent> record(@PathVariable String type, @PathVariable String id) {
        return queries.actsOnRecord(type, id);
    }

    @GetMapping("/users/{id}")
    @Operation(summary = "What this user has done with personal data (s.62(4) roles)")
    List<AuditEvent> user(@PathVariable UUID id) {
        return queries.actsBy(id);
    }

    @GetMapping("/my-history")
    @Operation(summary = "What the signed-in user has done with personal data")
    List<AuditEvent> myHistory() {
        return queries.myHistory();
    }
}
