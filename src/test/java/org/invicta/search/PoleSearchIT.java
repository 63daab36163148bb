package org.invicta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.invicta.Http;
import org.invicta.InvictaIT;
import org.invicta.organisation.TestForces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Objects and places recorded with their checks, and the one search box finding people, objects and places. */
@InvictaIT
class PoleSearchIT {

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;

    @Test
    void oneSearchFindsPeopleVehiclesPhonesAndPlacesOfTheOfficersForceOnly() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var http = new Http(port);
        var car = id(http.post("/api/v1/items", officer, Map.of("kind", "VEHICLE", "vrm", "ab12 cde", "make", "Ford",
                "model", "Focus", "colour", "Blue")));
        var phone = id(http.post("/api/v1/items", officer, Map.of("kind", "PHONE", "imei", "49015420323751 8", "make", "Apple")));
        var place = id(http.post("/api/v1/locations", officer, Map.of("placeNote", "Car park behind Maidstone East station",
                "postcode", "me14 1qn")));
        var person = http.recordPerson(officer, Map.of("givenNames", "William", "surname", "Jones", "dateOfBirth", "1988-02-29"));

        assertThat(ids(http, officer, "AB12CDE")).containsExactly(car);
        assertThat(ids(http, officer, "ab12 cde")).containsExactly(car);
        assertThat(ids(http, officer, "490154203237518")).containsExactly(phone);
        assertThat(ids(http, officer, "ME14 1QN")).containsExactly(place);
        assertThat(ids(http, officer, "car park behind the station")).containsExactly(place);
        assertThat(ids(http, officer, "bill jones")).containsExactly(person);
        assertThat(ids(http, forces.create().user("RESPONSE_OFFICER"), "AB12CDE")).as("another force sees nothing").isEmpty();
    }

    @Test
    void badObjectsAndPlacesAreRefusedByFieldAndRuleAndEditsNeverOverwriteEachOther() {
        var officer = forces.create().user("RESPONSE_OFFICER");
        var http = new Http(port);
        var badImei = http.post("/api/v1/items", officer, Map.of("kind", "PHONE", "imei", "490154203237519"));
        assertThat(badImei.status()).isEqualTo(422);
        assertThat(badImei.json().get("field").asString()).isEqualTo("imei");
        assertThat(http.post("/api/v1/items", officer, Map.of("kind", "BOAT")).json().get("field").asString()).isEqualTo("kind");
        assertThat(http.post("/api/v1/locations", officer, Map.of("postcode", "XYZ")).json().get("field").asString()).isEqualTo("postcode");
        assertThat(http.post("/api/v1/locations", officer, Map.of("latitude", 51.27)).json().get("field").asString()).isEqualTo("longitude");

        var car = id(http.post("/api/v1/items", officer, Map.of("kind", "VEHICLE", "vrm", "KX70ABC", "colour", "Red")));
        var first = http.put("/api/v1/items/" + car, officer, Map.of("kind", "VEHICLE", "vrm", "KX70ABC", "colour", "Black"),
                Map.of("If-Match", "\"1\""));
        assertThat(first.status()).isEqualTo(200);
        var second = http.put("/api/v1/items/" + car, officer, Map.of("kind", "VEHICLE", "vrm", "KX70ABC", "colour", "Silver"),
                Map.of("If-Match", "\"1\""));
        assertThat(second.status()).isEqualTo(409);
        var history = http.get("/api/v1/items/" + car + "/history", officer).json();
        assertThat(history.findValuesAsString("colour")).containsExactly("Black", "Red");
    }

    private static String id(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static List<String> ids(Http http, TestForces.TestUser user, String query) {
        var response = http.get("/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), user);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().findValuesAsString("id");
    }
}
