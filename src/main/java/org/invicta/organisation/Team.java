package org.invicta.organisation;

import java.util.UUID;

public record Team(UUID id, String name, UUID stationId, String stationName, int version) {
}
