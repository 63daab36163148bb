package org.invicta.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.invicta.Http;
import org.invicta.InvictaIT;
import org.invicta.identity.PersonRecord;
import org.invicta.identity.matching.GivenNameVariants;
import org.invicta.identity.synthetic.SyntheticPopulation;
import org.invicta.organisation.TestForces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The entry check against a labelled synthetic population held in the database: for each later
 * record of someone already held, the person it duplicates is among the first three shown.
 */
@InvictaIT
class EntryCheckQualityIT {

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;

    @Test
    void theTrueRecordIsInTheTopThreeForNearlyEveryDuplicateEntry() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var http = new Http(port);
        var population = SyntheticPopulation.generate(1_650, 0.10, 77, GivenNameVariants.load());
        var storedIdOfPerson = new HashMap<String, String>();
        var duplicates = new HashMap<PersonRecord, String>();
        for (int i = 0; i < population.records().size(); i++) {
            var record = population.records().get(i);
            var person = population.truePerson().get(i);
            if (storedIdOfPerson.containsKey(person)) {
                duplicates.put(record, person);
                continue;
            }
            storedIdOfPerson.put(person, http.recordPerson(officer, body(record, "test population: all distinct")));
        }

        var found = 0;
        var missed = new HashSet<String>();
        for (var duplicate : duplicates.entrySet()) {
            var matches = http.post("/api/v1/people/matches", officer, body(duplicate.getKey(), null)).json();
            var expected = storedIdOfPerson.get(duplicate.getValue());
            var top = new HashSet<String>();
            for (int i = 0; i < Math.min(3, matches.size()); i++) top.add(matches.get(i).get("person").get("id").asString());
            if (top.contains(expected)) found++;
            else missed.add(duplicate.getKey().givenNames() + " " + duplicate.getKey().surname() + " " + duplicate.getKey().dateOfBirth());
        }
        var rate = found / (double) duplicates.size();
        System.out.printf("entry check: true match in the top 3 for %d of %d duplicate entries (%.1f%%); missed e.g. %s%n",
                found, duplicates.size(), rate * 100, missed.stream().limit(5).toList());
        assertThat(duplicates).hasSizeGreaterThan(100);
        assertThat(rate).isGreaterThanOrEqualTo(0.98);
    }

    private static Map<String, Object> body(PersonRecord record, String reason) {
        var body = new HashMap<String, Object>();
        body.put("givenNames", record.givenNames());
        body.put("surname", record.surname());
        if (record.dateOfBirth() != null) body.put("dateOfBirth", record.dateOfBirth().toString());
        if (reason != null) body.put("reasonForNewRecord", reason);
        return body;
    }
}
