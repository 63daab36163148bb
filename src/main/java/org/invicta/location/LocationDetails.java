package org.invicta.location;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import org.invicta.audit.AuditedRecord;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.invicta.shared.InvalidField;
import org.invicta.shared.Postcodes;
import org.jspecify.annotations.Nullable;

/**
 * What is recorded about a place: address and postcode, the UPRN (the national unique property
 * reference, up to 12 digits) where known, WGS84 coordinates, and a note for places without an address.
 */
public record LocationDetails(String address, String postcode, String uprn, @Nullable BigDecimal latitude,
                              @Nullable BigDecimal longitude, String placeNote) implements AuditedRecord.Details<LocationDetails> {


    public LocationDetails {
        address = text(address);
        placeNote = text(placeNote);
        uprn = text(uprn).replace(" ", "");
        postcode = Postcodes.normalise(postcode);
        if (address.isEmpty() && postcode.isEmpty() && uprn.isEmpty() && latitude == null && placeNote.isEmpty())
            throw new InvalidField("address", "Enter an address, a postcode, a UPRN, coordinates or a description of the place");
        if (!postcode.isEmpty() && !Postcodes.valid(postcode))
            throw new InvalidField("postcode", "Enter a real postcode, like ME14 1XX");
        if (!uprn.isEmpty() && !uprn.matches("\\d{1,12}")) throw new InvalidField("uprn", "A UPRN is a number of up to 12 digits");
        if ((latitude == null) != (longitude == null))
            throw new InvalidField(latitude == null ? "latitude" : "longitude", "Give both latitude and longitude, or neither");
        if (latitude != null && (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0))
            throw new InvalidField("latitude", "Latitude must be between -90 and 90 degrees");
        if (longitude != null && (longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0))
            throw new InvalidField("longitude", "Longitude must be between -180 and 180 degrees");
    }

    public String summary() {
        var parts = new java.util.ArrayList<String>();
        if (!address.isEmpty()) parts.add(address);
        if (!postcode.isEmpty()) parts.add(postcode);
        if (!placeNote.isEmpty()) parts.add(placeNote);
        if (parts.isEmpty() && latitude != null) parts.add(latitude + ", " + longitude);
        if (parts.isEmpty()) parts.add("UPRN " + uprn);
        return String.join(", ", parts);
    }

    @Override
    public Map<String, String[]> changesTo(LocationDetails other) {
        var changes = new LinkedHashMap<String, String[]>();
        compare(changes, "address", address, other.address);
        compare(changes, "postcode", postcode, other.postcode);
        compare(changes, "uprn", uprn, other.uprn);
        compare(changes, "latitude", latitude, other.latitude);
        compare(changes, "longitude", longitude, other.longitude);
        compare(changes, "placeNote", placeNote, other.placeNote);
        return changes;
    }

    private static void compare(Map<String, String[]> changes, String field, @Nullable Object before, @Nullable Object after) {
        if (!Objects.equals(before, after)) changes.put(field, new String[] {String.valueOf(before), String.valueOf(after)});
    }

    private static String text(@Nullable String text) {
        return text == null ? "" : text.trim();
    }
}
