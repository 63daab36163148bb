package org.invicta.crime;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.invicta.shared.InvalidField;
import org.invicta.shared.Postcodes;
import org.jspecify.annotations.Nullable;

/**
 * What an officer reports in one go: the incident (how it came in, what kind of incident, when, where,
 * what happened, who was involved) and the offences it discloses, from which the counting rules make
 * the crimes. With no offences the incident stays open for a recording decision.
 */
public record IncidentReport(@Nullable String channel, @Nullable String openingType, @Nullable Instant reportedAt,
                             @Nullable Place place, @Nullable String narrative, @Nullable List<Involved> people,
                             @Nullable List<Offence> offences, @Nullable UUID allocateTo) {

    public static final Set<String> CHANNELS = Set.of("CALL", "FRONT_COUNTER", "OFFICER", "ONLINE");

    public record Place(@Nullable String text, @Nullable String postcode, @Nullable Double latitude, @Nullable Double longitude) {
    }

    public record Involved(@Nullable UUID personId, InvolvedPerson.@Nullable Role role) {
    }

    /** An offence by its classification code ("46/0"), against a person involved or a named victim such as a shop. */
    public record Offence(@Nullable String classification, @Nullable UUID victimPersonId, @Nullable String victimName) {
    }

    /** The report with its text trimmed and its postcode in standard form, or the first rule it breaks. */
    public IncidentReport checked(Instant now) {
        var channel = text(this.channel).isEmpty() ? "OFFICER" : text(this.channel).toUpperCase(java.util.Locale.ROOT);
        if (!CHANNELS.contains(channel)) throw new InvalidField("channel", "how the report came in: one of " + String.join(", ", new java.util.TreeSet<>(CHANNELS)));
        var type = text(openingType);
        if (type.isEmpty()) throw new InvalidField("openingType", "say what kind of incident this is");
        if (type.length() > 120) throw new InvalidField("openingType", "the incident type is at most 120 characters");
        var when = reportedAt == null ? now : reportedAt;
        if (when.isAfter(now.plusSeconds(300))) throw new InvalidField("reportedAt", "the report cannot have been made in the future");
        var where = place == null ? new Place("", "", null, null) : place;
        var postcode = Postcodes.normalise(where.postcode());
        if (!postcode.isEmpty() && !Postcodes.valid(postcode))
            throw new InvalidField("place.postcode", "\"" + where.postcode() + "\" is not a UK postcode (for example ME14 1XX)");
        if (text(where.text()).isEmpty() && postcode.isEmpty() && where.latitude() == null)
            throw new InvalidField("place", "say where it happened: an address or place, a postcode, or a point on the map");
        if ((where.latitude() == null) != (where.longitude() == null)
                || where.latitude() != null && (Math.abs(where.latitude()) > 90 || Math.abs(where.longitude()) > 180))
            throw new InvalidField("place.latitude", "give both latitude and longitude, in degrees");
        var story = text(narrative);
        if (story.isEmpty()) throw new InvalidField("narrative", "say what happened");
        var involved = people == null ? List.<Involved>of() : people;
        for (int i = 0; i < involved.size(); i++) {
            if (involved.get(i).personId() == null) throw new InvalidField("people[" + i + "].personId", "name the person on record");
            if (involved.get(i).role() == null) throw new InvalidField("people[" + i + "].role", "say whether they are a victim, suspect, witness or reporter");
        }
        return new IncidentReport(channel, type, when, new Place(text(where.text()), postcode, where.latitude(), where.longitude()),
                story, involved, checkedOffences(offences), allocateTo);
    }

    /** The offences named, each with its classification, or the first one without. */
    public static List<Offence> checkedOffences(@Nullable List<Offence> offences) {
        var disclosed = offences == null ? List.<Offence>of() : offences;
        for (int i = 0; i < disclosed.size(); i++)
            if (text(disclosed.get(i).classification()).isEmpty()) throw new InvalidField("offences[" + i + "].classification", "choose the offence");
        return disclosed;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.trim();
    }
}
