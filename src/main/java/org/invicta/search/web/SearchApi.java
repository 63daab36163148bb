package org.invicta.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.invicta.platform.web.ApiController;
import org.invicta.search.SearchingPole;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "One query across people, objects and locations; every record shown is audited")
class SearchApi {

    private final SearchingPole searching;

    SearchApi(SearchingPole searching) {
        this.searching = searching;
    }

    record Hit(String type, UUID id, String summary, double matchProbability, List<String> why) {
    }

    @GetMapping
    @Operation(summary = "Search everything the user may see: q is a name (any spelling, either order, with a date or year of birth), "
            + "a registration mark, an IMEI or serial number, a postcode or UPRN, a phone number, an e-mail address or an identifier")
    List<Hit> search(@RequestParam(name = "q", required = false) @Nullable String query) {
        var results = searching.search(query == null ? "" : query);
        var hits = new java.util.ArrayList<Hit>();
        results.people().forEach(f -> hits.add(new Hit("person", f.person().id().value(),
                f.person().givenNames() + " " + f.person().surname().toUpperCase()
                        + (f.person().dateOfBirth() == null ? "" : ", born " + f.person().dateOfBirth()),
                Math.round(f.match().probability() * 1e4) / 1e4, f.match().supporting())));
        results.items().forEach(i -> hits.add(new Hit("item", i.id().value(), i.details().summary(), 1.0,
                List.of(i.details().kind().toLowerCase() + ": same registration mark, IMEI, VIN, phone or serial number"))));
        results.locations().forEach(l -> hits.add(new Hit("location", l.id().value(), l.details().summary(), 1.0,
                List.of("postcode, UPRN or words of the address"))));
        return hits;
    }
}
