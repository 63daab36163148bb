package org.invicta.organisation;

import java.util.Map;
import java.util.UUID;
import org.invicta.organisation.persistence.Structure;
import org.invicta.platform.tenancy.ForceContext;
import org.invicta.shared.ConcurrentChange;
import org.invicta.shared.InvalidField;
import org.invicta.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A force administrator's work on districts, stations and teams. */
@Service
public class AdministeringStructure {

    private final Structure structure;

    AdministeringStructure(Structure structure) {
        this.structure = structure;
    }

    @Transactional
    @PreAuthorize("hasAuthority('organisation:administer')")
    public String addDistrict(String name) {
        return addDistrictInForce(name);
    }

    @Transactional
    @PreAuthorize("hasAuthority('organisation:administer')")
    public UUID addStation(String districtId, String name, String address) {
        return addStationInForce(districtId, name, address);
    }

    @Transactional
    @PreAuthorize("hasAuthority('organisation:administer')")
    public UUID addTeam(UUID stationId, String name) {
        return addTeamInForce(stationId, name);
    }

    @Transactional
    String addDistrictInForce(String name) {
        var trimmed = required("name", name, "Enter the district's name");
        var id = trimmed.toLowerCase().replaceAll("[^a-z]+", "-").replaceAll("(^-|-$)", "");
        if (id.isEmpty()) throw new InvalidField("name", "District name must contain letters");
        if (structure.districtExists(id) || structure.nameTaken("district", trimmed))
            throw new InvalidField("name", "There is already a district called " + trimmed);
        structure.addDistrict(ForceContext.require(), id, trimmed);
        return id;
    }

    @Transactional
    UUID addStationInForce(String districtId, String name, String address) {
        var trimmed = required("name", name, "Enter the station's name");
        if (districtId == null || !structure.districtExists(districtId))
            throw new InvalidField("districtId", "Select the district the station is in");
        if (structure.nameTaken("station", trimmed))
            throw new InvalidField("name", "There is already a station called " + trimmed);
        var id = UUID.randomUUID();
        structure.addStation(ForceContext.require(), id, districtId, trimmed, address == null ? "" : address.trim());
        return id;
    }

    @Transactional
    UUID addTeamInForce(UUID stationId, String name) {
        var trimmed = required("name", name, "Enter the team's name");
        if (stationId == null || !structure.stationExists(stationId))
            throw new InvalidField("stationId", "Select the station the team works from");
        if (structure.nameTaken("team", trimmed)) throw new InvalidField("name", "There is already a team called " + trimmed);
        var id = UUID.randomUUID();
        structure.addTeam(ForceContext.require(), id, stationId, trimmed);
        return id;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('organisation:administer')")
    public District district(String id) {
        return structure.districts().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("district " + id));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('organisation:administer')")
    public Station station(UUID id) {
        return structure.stations().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("station " + id));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('organisation:administer')")
    public Team team(UUID id) {
        return structure.teams().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("team " + id));
    }

    @Transactional
    @PreAuthorize("hasAuthority('organisation:administer')")
    public void renameDistrict(String id, int version, String name) {
        var current = district(id);
        var trimmed = required("name", name, "Enter the district's name");
        if (structure.nameTakenByAnother("district", "district_id", id, trimmed))
            throw new InvalidField("name", "There is already a district called " + trimmed);
        if (!structure.renameDistrict(id, version, trimmed)) throw changed("district " + current.name(), version);
    }

    @Transactional
    @PreAuthorize("hasAuthority('organisation:administer')")
    public void changeStation(UUID id, int version, String districtId, String name, String address) {
        var current = station(id);
        var trimmed = required("name", name, "Enter the station's name");
        if (districtId == null || !structure.districtExists(districtId))
            throw new InvalidField("districtId", "Select the district the station is in");
        if (structure.nameTakenByAnother("station", "station_id", id, trimmed))
            throw new InvalidField("name", "There is already a station called " + trimmed);
        if (!structure.changeStation(id, version, districtId, trimmed, address == null ? "" : address.trim()))
            throw changed("station " + current.name(), version);
    }

    @Transactional
    @PreAuthorize("hasAuthority('organisation:administer')")
    public void changeTeam(UUID id, int version, UUID stationId, String name) {
        var current = team(id);
        var trimmed = required("name", name, "Enter the team's name");
        if (stationId == null || !structure.stationExists(stationId))
            throw new InvalidField("stationId", "Select the station the team works from");
        if (structure.nameTakenByAnother("team", "team_id", id, trimmed))
            throw new InvalidField("name", "There is already a team called " + trimmed);
        if (!structure.changeTeam(id, version, stationId, trimmed)) throw changed("team " + current.name(), version);
    }

    private static ConcurrentChange changed(String what, int version) {
        return new ConcurrentChange(what, version, version + 1, Map.of());
    }

    private static String required(String field, String value, String rule) {
        if (value == null || value.isBlank()) throw new InvalidField(field, rule);
        return value.trim();
    }
}
