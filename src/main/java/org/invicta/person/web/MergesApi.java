package org.invicta.person.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.invicta.person.LinkingPeople;
import org.invicta.person.MergingPeople;
import org.invicta.person.PersonId;
import org.invicta.person.PersonLink;
import org.invicta.person.PersonMerge;
import org.invicta.person.ReviewingDuplicates;
import org.invicta.platform.web.ApiController;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

@ApiController
@RequestMapping("/api/v1/people")
@Tag(name = "Duplicates and merges", description = "The duplicate review queue, merge and unmerge, and people's links to other records")
class MergesApi {

    private final MergingPeople merging;
    private final ReviewingDuplicates reviewing;
    private final LinkingPeople linking;

    MergesApi(MergingPeople merging, ReviewingDuplicates reviewing, LinkingPeople linking) {
        this.merging = merging;
        this.reviewing = reviewing;
        this.linking = linking;
    }

    record MergeRequest(@Nullable UUID survivorId, @Nullable Integer survivorVersion, @Nullable UUID mergedId,
                        @Nullable Integer mergedVersion, @Nullable String reason, @Nullable Double matchProbability) {
    }

    record MergeView(UUID mergeId, PeopleApi.PersonView survivor, PeopleApi.PersonView merged) {
        static MergeView of(MergingPeople.Merged merged) {
            return new MergeView(merged.mergeId(), PeopleApi.PersonView.of(merged.survivor()), PeopleApi.PersonView.of(merged.merged()));
        }
    }

    record ReasonRequest(@Nullable String reason) {
    }

    record PairView(PeopleApi.PersonView a, PeopleApi.PersonView b, double matchProbability, List<String> supporting,
                    List<String> against, String source) {
        static PairView of(ReviewingDuplicates.Pair pair) {
            return new PairView(PeopleApi.PersonView.of(pair.a()), PeopleApi.PersonView.of(pair.b()),
                    Math.round(pair.match().probability() * 1e4) / 1e4, pair.match().supporting(), pair.match().against(), pair.source());
        }
    }

    record PairRequest(@Nullable UUID a, @Nullable UUID b) {
    }

    record LinkRequest(@Nullable String subjectType, @Nullable String subjectId, @Nullable String role) {
    }

    @PostMapping("/merges")
    @Operation(summary = "Merge mergedId into survivorId. Both versions must be the ones compared: an edit since answers 409. "
            + "Nothing is copied or deleted; the merged record is found as the survivor until the merge is undone")
    ResponseEntity<MergeView> merge(@RequestBody MergeRequest request) {
        var merged = merging.merge(PersonId.orNull(request.survivorId()), request.survivorVersion(), PersonId.orNull(request.mergedId()),
                request.mergedVersion(), request.reason(), request.matchProbability());
        return ResponseEntity.created(URI.create("/api/v1/people/" + request.survivorId() + "/merges")).body(MergeView.of(merged));
    }

    @PostMapping("/merges/{id}/undo")
    @Operation(summary = "Undo a merge: both records exactly as they were, each with the links made to it")
    MergeView unmerge(@PathVariable("id") UUID mergeId, @RequestBody ReasonRequest request) {
        return MergeView.of(merging.unmerge(mergeId, request.reason()));
    }

    @GetMapping("/{id}/merges")
    @Operation(summary = "The merges this record took part in, either side, newest first")
    List<PersonMerge> merges(@PathVariable UUID id) {
        return merging.mergesOf(new PersonId(id));
    }

    @GetMapping("/review")
    @Operation(summary = "The duplicate review queue, most likely first (each person shown is audited)")
    List<PairView> queue() {
        return reviewing.queue().stream().map(PairView::of).toList();
    }

    record ScanView(int queued) {
    }

    @PostMapping("/review/scan")
    @Operation(summary = "Look through the force's records for likely duplicates and queue them")
    ScanView scan() {
        return new ScanView(reviewing.scan());
    }

    @PostMapping("/review/not-the-same")
    @Operation(summary = "Record that two records are different people: the pair leaves the queue and is not asked again")
    ResponseEntity<Void> notTheSame(@RequestBody PairRequest request) {
        reviewing.notTheSamePerson(PersonId.orNull(request.a()), PersonId.orNull(request.b()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/links")
    @Operation(summary = "Link the person to another record with a role (victim, suspect, witness...)")
    ResponseEntity<PersonLink> link(@PathVariable UUID id, @RequestBody LinkRequest request) {
        var link = linking.link(new PersonId(id), request.subjectType(), request.subjectId(), request.role());
        return ResponseEntity.created(URI.create("/api/v1/people/" + id + "/links")).body(link);
    }

    @GetMapping("/{id}/links")
    @Operation(summary = "The person's links, with those of every record merged into them")
    List<PersonLink> links(@PathVariable UUID id) {
        return linking.links(new PersonId(id));
    }
}
