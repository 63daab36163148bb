package org.invicta.location.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.invicta.location.Location;
import org.invicta.location.LocationDetails;
import org.invicta.location.LocationId;
import org.invicta.location.RecordingLocations;
import org.invicta.platform.web.ApiController;
import org.invicta.platform.web.ETags;
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
@RequestMapping("/api/v1/locations")
@Tag(name = "Locations", description = "Addresses and places. Every read is audited.")
class LocationsApi {

    private final RecordingLocations locations;

    LocationsApi(RecordingLocations locations) {
        this.locations = locations;
    }

    record LocationView(UUID id, String force, LocationDetails details, String summary, int version) {
        static LocationView of(Location location) {
            return new LocationView(location.id().value(), location.force().value(), location.details(), location.details().summary(), location.version());
        }
    }

    @PostMapping
    @Operation(summary = "Record a place: an address, postcode, UPRN, coordinates or a description")
    ResponseEntity<LocationView> record(@RequestBody LocationDetails details) {
        var location = locations.record(details);
        return ResponseEntity.created(URI.create("/api/v1/locations/" + location.id())).eTag(ETags.of(location.version())).body(LocationView.of(location));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a place (audited); the ETag is the version to send in If-Match")
    ResponseEntity<LocationView> read(@PathVariable UUID id) {
        var location = locations.read(new LocationId(id));
        return ResponseEntity.ok().eTag(ETags.of(location.version())).body(LocationView.of(location));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a place; needs If-Match, answers 409 if it moved on")
    ResponseEntity<LocationView> correct(@PathVariable UUID id, @RequestBody LocationDetails details,
                                     @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        var location = locations.correct(new LocationId(id), ETags.versionFrom(ifMatch), details);
        return ResponseEntity.ok().eTag(ETags.of(location.version())).body(LocationView.of(location));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every version of a place, newest first")
    List<LocationView> history(@PathVariable UUID id) {
        return locations.history(new LocationId(id)).stream().map(LocationView::of).toList();
    }
}
