package org.invicta.search;

import java.util.List;
import org.invicta.item.Item;
import org.invicta.item.RecordingItems;
import org.invicta.location.Location;
import org.invicta.location.RecordingLocations;
import org.invicta.person.FindingPeople;
import org.invicta.platform.security.CurrentUser;
import org.invicta.shared.InvalidField;
import org.springframework.stereotype.Service;

/** Sends one query to people, objects and locations, asking only those the user may search. */
@Service
public class SearchingPole {

    private final FindingPeople people;
    private final RecordingItems items;
    private final RecordingLocations locations;
    private final CurrentUser currentUser;

    SearchingPole(FindingPeople people, RecordingItems items, RecordingLocations locations, CurrentUser currentUser) {
        this.people = people;
        this.items = items;
        this.locations = locations;
        this.currentUser = currentUser;
    }

    public record Results(String query, List<FindingPeople.Found> people, List<Item> items, List<Location> locations) {
        public boolean empty() {
            return people.isEmpty() && items.isEmpty() && locations.isEmpty();
        }
    }

    public Results search(String query) {
        if (query == null || query.isBlank())
            throw new InvalidField("q", "Enter a name, a registration mark, a postcode, a phone number or an identifier");
        var user = currentUser.require();
        var text = query.trim();
        return new Results(text, user.can("person:read") ? peopleFor(text) : List.of(),
                user.can("pole:read") ? items.find(text) : List.of(),
                user.can("pole:read") ? locations.find(text) : List.of());
    }

    // A query that is no name and no key of a person (a registration mark, say) finds no one, and that is no error.
    private List<FindingPeople.Found> peopleFor(String text) {
        try {
            return people.search(text);
        } catch (InvalidField notAPersonQuery) {
            return List.of();
        }
    }
}
