package org.invicta.item;

import java.util.LinkedHashMap;
import org.invicta.audit.AuditedRecord;
import java.util.Map;
import java.util.Objects;
import org.invicta.shared.InvalidField;

/**
 * What is recorded about an object. A vehicle needs its registration mark (VRM, kept upper case without
 * spaces) or VIN; a phone its IMEI (15 digits with a valid Luhn check digit) or number; other property a
 * description or serial number.
 */
public record ItemDetails(String kind, String vrm, String vin, String make, String model, String colour, String imei,
                          String phoneNumber, String serialNumber, String description) implements AuditedRecord.Details<ItemDetails> {

    public ItemDetails {
        kind = text(kind).toUpperCase();
        vrm = compact(vrm);
        vin = compact(vin);
        make = text(make);
        model = text(model);
        colour = text(colour);
        imei = digits(imei);
        phoneNumber = digits(phoneNumber);
        serialNumber = text(serialNumber).toUpperCase();
        description = text(description);
        switch (kind) {
            case "VEHICLE" -> {
                if (vrm.isEmpty() && vin.isEmpty()) throw new InvalidField("vrm", "Enter the vehicle's registration mark or VIN");
                if (!vrm.isEmpty() && !vrm.matches("[A-Z0-9]{2,8}"))
                    throw new InvalidField("vrm", "A registration mark has 2 to 8 letters and digits, like AB12 CDE");
                if (!vin.isEmpty() && !vin.matches("[A-HJ-NPR-Z0-9]{17}"))
                    throw new InvalidField("vin", "A VIN has 17 letters and digits, without I, O or Q");
            }
            case "PHONE" -> {
                if (imei.isEmpty() && phoneNumber.isEmpty()) throw new InvalidField("imei", "Enter the phone's IMEI or its number");
                if (!imei.isEmpty() && !validImei(imei))
                    throw new InvalidField("imei", "An IMEI has 15 digits and a check digit that fits: check it was copied correctly");
            }
            case "PROPERTY" -> {
                if (description.isEmpty() && serialNumber.isEmpty())
                    throw new InvalidField("description", "Describe the property or give its serial number");
            }
            default -> throw new InvalidField("kind", "Kind must be VEHICLE, PHONE or PROPERTY");
        }
        if (description.length() > 2000) throw new InvalidField("description", "Description must be 2000 characters or fewer");
    }

    /** A short line naming the object, as a search result shows it. */
    public String summary() {
        return switch (kind) {
            case "VEHICLE" -> String.join(" ", colour, make, model).trim() + (vrm.isEmpty() ? "" : " " + vrm);
            case "PHONE" -> String.join(" ", make, model).trim() + (imei.isEmpty() ? "" : " IMEI " + imei)
                    + (phoneNumber.isEmpty() ? "" : " " + phoneNumber);
            default -> description + (serialNumber.isEmpty() ? "" : " (serial " + serialNumber + ")");
        };
    }

    @Override
    public Map<String, String[]> changesTo(ItemDetails other) {
        var changes = new LinkedHashMap<String, String[]>();
        compare(changes, "kind", kind, other.kind);
        compare(changes, "vrm", vrm, other.vrm);
        compare(changes, "vin", vin, other.vin);
        compare(changes, "make", make, other.make);
        compare(changes, "model", model, other.model);
        compare(changes, "colour", colour, other.colour);
        compare(changes, "imei", imei, other.imei);
        compare(changes, "phoneNumber", phoneNumber, other.phoneNumber);
        compare(changes, "serialNumber", serialNumber, other.serialNumber);
        compare(changes, "description", description, other.description);
        return changes;
    }

    /** Luhn: double every second digit from the right, sum the digits; the total is a multiple of 10. */
    static boolean validImei(String imei) {
        if (!imei.matches("\\d{15}")) return false;
        var sum = 0;
        for (int i = 0; i < 15; i++) {
            var digit = imei.charAt(14 - i) - '0';
            if (i % 2 == 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            sum += digit;
        }
        return sum % 10 == 0;
    }

    /** "ab12 cde" and "AB12CDE" are one registration mark. */
    public static String compact(String text) {
        return text(text).toUpperCase().replaceAll("[\\s-]", "");
    }

    private static void compare(Map<String, String[]> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) changes.put(field, new String[] {before, after});
    }

    private static String digits(String text) {
        return text(text).replaceAll("[\\s-]", "");
    }

    private static String text(String text) {
        return text == null ? "" : text.trim();
    }
}
