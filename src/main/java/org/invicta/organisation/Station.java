package org.invicta.organisation;

import java.util.UUID;

public record Station(UUID id, String name, String address, String districtId, String districtName, int version) {
}
