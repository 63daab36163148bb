package org.invicta.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.invicta.Http;
import org.invicta.InvictaIT;
import org.invicta.organisation.TestForces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A whole POLE person through the API: what is kept, what is refused and why, what history shows, what finds them. */
@InvictaIT
class PoleRecordIT {

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;

    private static Map<String, Object> fullPerson() {
        return Map.ofEntries(
                Map.entry("givenNames", "Margaret Rose"), Map.entry("surname", "Okafor"), Map.entry("dateOfBirth", "1984-06"),
                Map.entry("gender", "FEMALE"), Map.entry("selfDefinedEthnicity", "B2"), Map.entry("officerDefinedEthnicity", "IC3"),
                Map.entry("aliases", List.of(Map.of("type", "MAIDEN", "givenNames", "Margaret", "surname", "Adeyemi"))),
                Map.entry("descriptions", List.of(Map.of("heightCm", 168, "build", "slim", "marks", "scar on left hand"))),
                Map.entry("addresses", List.of(Map.of("line", "12 Week Street, Maidstone", "postcode", "me141rz", "use", "HOME",
                        "from", "2020-01-01"))),
                Map.entry("phones", List.of("07700 900123")), Map.entry("emails", List.of("M.Okafor@Example.com")),
                Map.entry("identifiers", List.of(Map.of("type", "PNC_ID", "value", "81/154257c"),
                        Map.of("type", "NATIONAL_INSURANCE_NUMBER", "value", "ab 12 34 56 c"))),
                Map.entry("markers", List.of(Map.of("code", "VIOLENT", "note", "assaulted staff 2023", "setBy", "someone-else"))));
    }

    @Test
    void everyPartOfAPoleRecordIsKeptInItsCanonicalForm() {
        var officer = forces.create().user("RESPONSE_OFFICER");
        var http = new Http(port);
        var created = http.post("/api/v1/people", officer, fullPerson());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var person = http.get("/api/v1/people/" + created.json().get("id").asString(), officer).json();

        assertThat(person.get("dateOfBirth").asString()).isEqualTo("1984-06-01");
        assertThat(person.get("dateOfBirthPrecision").asString()).isEqualTo("MONTH");
        assertThat(person.get("identifiers").get(0).get("value").asString()).isEqualTo("1981/0154257C");
        assertThat(person.get("identifiers").get(1).get("display").asString()).isEqualTo("AB 12 34 56 C");
        assertThat(person.get("addresses").get(0).get("postcode").asString()).isEqualTo("ME14 1RZ");
        assertThat(person.get("phones").get(0).asString()).isEqualTo("07700900123");
        assertThat(person.get("emails").get(0).asString()).isEqualTo("m.okafor@example.com");
        var marker = person.get("markers").get(0);
        assertThat(marker.get("setBy").asString()).as("who set a marker is Invicta's to say").isEqualTo(officer.id().value().toString());
        assertThat(marker.get("setAt").isNull()).isFalse();
        assertThat(person.get("aliases").get(0).get("surname").asString()).isEqualTo("Adeyemi");
    }

    @Test
    void badDetailsAreRefusedNamingTheFieldAndTheRuleAndNothingIsSaved() {
        var officer = forces.create().user("RESPONSE_OFFICER");
        var http = new Http(port);
        var details = new java.util.HashMap<>(fullPerson());
        details.put("identifiers", List.of(Map.of("type", "PNC_ID", "value", "81/154257D")));
        var wrongCheckLetter = http.post("/api/v1/people", officer, details);
        assertThat(wrongCheckLetter.status()).isEqualTo(422);
        assertThat(wrongCheckLetter.json().get("field").asString()).isEqualTo("identifiers[0].value");
        assertThat(wrongCheckLetter.json().get("detail").asString()).contains("check letter is wrong");

        details = new java.util.HashMap<>(fullPerson());
        details.put("selfDefinedEthnicity", "Z7");
        var unknownCode = http.post("/api/v1/people", officer, details);
        assertThat(unknownCode.status()).isEqualTo(422);
        assertThat(unknownCode.json().get("field").asString()).isEqualTo("selfDefinedEthnicity");

        details = new java.util.HashMap<>(fullPerson());
        details.put("addresses", List.of(Map.of("line", "1 High Street", "postcode", "NOT A POSTCODE")));
        assertThat(http.post("/api/v1/people", officer, details).json().get("field").asString()).isEqualTo("addresses[0].postcode");

        assertThat(http.get("/api/v1/people?q=Okafor", officer).json().size()).isZero();
    }

    @Test
    void historyShowsWhoChangedWhatAndThePreviousValue() {
        var officer = forces.create().user("RESPONSE_OFFICER");
        var http = new Http(port);
        var created = http.post("/api/v1/people", officer, fullPerson());
        var id = created.json().get("id").asString();
        var moved = new java.util.HashMap<>(fullPerson());
        moved.put("addresses", List.of(Map.of("line", "3 Harbour Parade, Ramsgate", "postcode", "CT11 8LP")));
        assertThat(http.put("/api/v1/people/" + id, officer, moved, Map.of("If-Match", "\"1\"")).status()).isEqualTo(200);

        var history = http.get("/api/v1/people/" + id + "/history", officer).json();

        assertThat(history.size()).isEqualTo(2);
        var change = history.get(0).get("changes").get(0);
        assertThat(change.get("field").asString()).isEqualTo("addresses");
        assertThat(change.get("before").asString()).contains("12 Week Street, Maidstone ME14 1RZ");
        assertThat(change.get("after").asString()).contains("3 Harbour Parade, Ramsgate CT11 8LP");
        assertThat(history.get(0).get("changedBy").asString()).isEqualTo(officer.id().value().toString());
        assertThat(history.get(0).get("person").get("markers").get(0).get("setBy").asString())
                .as("a marker already on the record keeps who set it").isEqualTo(officer.id().value().toString());
    }

    @Test
    void exactKeysAndAliasesFindThePerson() {
        var officer = forces.create().user("RESPONSE_OFFICER");
        var http = new Http(port);
        var id = http.post("/api/v1/people", officer, fullPerson()).json().get("id").asString();

        for (var query : List.of("1981/0154257C", "81/154257C", "AB123456C", "07700 900123", "+44 7700 900123",
                "m.okafor@example.com", "ME14 1RZ", "Margaret Adeyemi"))
            assertThat(http.get("/api/v1/people?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8), officer)
                    .json().findValuesAsString("id")).as(query).contains(id);
    }
}
