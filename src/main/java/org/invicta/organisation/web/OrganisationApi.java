package org.invicta.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.invicta.organisation.AdministeringUsers;
import org.invicta.organisation.District;
import org.invicta.organisation.OrganisationQueries;
import org.invicta.organisation.Station;
import org.invicta.organisation.Team;
import org.invicta.organisation.UserAccount;
import org.invicta.platform.web.ApiController;
import org.invicta.platform.web.ETags;
import org.invicta.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

@ApiController
@RequestMapping("/api/v1/organisation")
@Tag(name = "Organisation", description = "The signed-in user's force: districts, stations, teams and users")
class OrganisationApi {

    private final OrganisationQueries queries;
    private final AdministeringUsers administering;

    OrganisationApi(OrganisationQueries queries, AdministeringUsers administering) {
        this.queries = queries;
        this.administering = administering;
    }

    record UserView(UUID id, String username, String displayName, @Nullable String collarNumber, String rankOrGrade,
                    List<String> roles, String vetting, @Nullable String vettingExpiresOn, @Nullable UUID teamId,
                    boolean enabled, boolean locked, int version) {
        static UserView of(UserAccount a) {
            return new UserView(a.id().value(), a.username(), a.displayName(), a.collarNumber(), a.rankOrGrade(),
                    a.roles().stream().sorted().toList(), a.vetting().name(),
                    a.vettingExpiresOn() == null ? null : a.vettingExpiresOn().toString(), a.teamId(), a.enabled(),
                    a.lockedNow(), a.version());
        }
    }

    @GetMapping("/districts")
    List<District> districts() {
        return queries.districts();
    }

    @GetMapping("/stations")
    List<Station> stations() {
        return queries.stations();
    }

    @GetMapping("/teams")
    List<Team> teams() {
        return queries.teams();
    }

    @GetMapping("/users")
    @Operation(summary = "The force's users (each row shown is audited as a consultation)")
    List<UserView> users() {
        return queries.users().stream().map(UserView::of).toList();
    }

    @GetMapping("/users/{id}")
    ResponseEntity<UserView> user(@PathVariable UUID id) {
        var user = queries.user(new UserId(id));
        return ResponseEntity.ok().eTag(ETags.of(user.version())).body(UserView.of(user));
    }

    @PostMapping("/users")
    @Operation(summary = "Add a user (force administrators)")
    ResponseEntity<UserView> create(@RequestBody UserForm form) {
        var id = administering.create(form.newAccount());
        var user = queries.user(id);
        return ResponseEntity.created(URI.create("/api/v1/organisation/users/" + id)).eTag(ETags.of(user.version()))
                .body(UserView.of(user));
    }

    @PutMapping("/users/{id}")
    @Operation(summary = "Change a user's details, roles or vetting; needs If-Match")
    ResponseEntity<UserView> update(@PathVariable UUID id, @RequestBody UserForm form,
                                    @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        administering.update(new UserId(id), ETags.versionFrom(ifMatch), form.details());
        var user = queries.user(new UserId(id));
        return ResponseEntity.ok().eTag(ETags.of(user.version())).body(UserView.of(user));
    }
}
