package org.invicta.item.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.invicta.item.Item;
import org.invicta.item.ItemDetails;
import org.invicta.item.ItemId;
import org.invicta.item.RecordingItems;
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
@RequestMapping("/api/v1/items")
@Tag(name = "Objects", description = "Vehicles, phones and other property. Every read is audited.")
class ItemsApi {

    private final RecordingItems items;

    ItemsApi(RecordingItems items) {
        this.items = items;
    }

    record ItemView(UUID id, String force, ItemDetails details, String summary, int version) {
        static ItemView of(Item item) {
            return new ItemView(item.id().value(), item.force().value(), item.details(), item.details().summary(), item.version());
        }
    }

    @PostMapping
    @Operation(summary = "Record an object: kind VEHICLE (vrm or vin), PHONE (imei or phoneNumber) or PROPERTY (description or serialNumber)")
    ResponseEntity<ItemView> record(@RequestBody ItemDetails details) {
        var item = items.record(details);
        return ResponseEntity.created(URI.create("/api/v1/items/" + item.id())).eTag(ETags.of(item.version())).body(ItemView.of(item));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an object (audited); the ETag is the version to send in If-Match")
    ResponseEntity<ItemView> read(@PathVariable UUID id) {
        var item = items.read(new ItemId(id));
        return ResponseEntity.ok().eTag(ETags.of(item.version())).body(ItemView.of(item));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct an object; needs If-Match, answers 409 if it moved on")
    ResponseEntity<ItemView> correct(@PathVariable UUID id, @RequestBody ItemDetails details,
                                     @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        var item = items.correct(new ItemId(id), ETags.versionFrom(ifMatch), details);
        return ResponseEntity.ok().eTag(ETags.of(item.version())).body(ItemView.of(item));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every version of an object, newest first")
    List<ItemView> history(@PathVariable UUID id) {
        return items.history(new ItemId(id)).stream().map(ItemView::of).toList();
    }
}
