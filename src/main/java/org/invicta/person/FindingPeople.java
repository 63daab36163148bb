package org.invicta.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.invicta.audit.AuditDetails;
import org.invicta.audit.AuditTrail;
import org.invicta.audit.Operation;
import org.invicta.identity.Match;
import org.invicta.identity.PersonMatching;
import org.invicta.identity.PersonRecord;
import org.invicta.person.persistence.People;
import org.invicta.platform.access.ProtectedRecord;
import org.invicta.platform.access.RecordAccess;
import org.invicta.shared.InvalidField;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds people however their names were spelt: the search box, and the check for an existing record
 * before a new person is created. Candidates come from cheap keys in the database, the matcher ranks
 * them and says why; only what the user may see is returned, and every person shown is audited.
 */
@Service
public class FindingPeople {

    private static final int SEARCH_RESULTS = 20;
    private static final int ENTRY_MATCHES = 5;
    private static final double SHOWN_FROM = 0.01;

    private final People people;
    private final PersonMatching matching;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    FindingPeople(People people, PersonMatching matching, RecordAccess access, AuditTrail audit, java.time.Clock clock) {
        this.clock = clock;
        this.people = people;
        this.matching = matching;
        this.access = access;
        this.audit = audit;
    }

    /** A person found, with how well they match and why. */
    public record Found(Person person, Match match) {
    }

    /** The name and date of birth in what an officer typed ("tobias quennell 12/9/1990"), to start a new record from. */
    public record Typed(String givenNames, String surname, @Nullable LocalDate dateOfBirth) {
    }

    /** Reads no record: typed names in lower case come back capitalised, as a record would hold them. */
    public static Typed typed(String text) {
        var query = SearchQuery.parse(text);
        return new Typed(capitalised(query.givenNames()), capitalised(query.surname()), query.dateOfBirth());
    }

    private static String capitalised(String names) {
        if (!names.equals(names.toLowerCase(java.util.Locale.ROOT))) return names;
        var words = new StringBuilder();
        for (var word : names.split(" ")) {
            if (word.isEmpty()) continue;
            if (!words.isEmpty()) words.append(' ');
            words.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return words.toString();
    }

    /** What the search box understands, for its hint; asking it is checked like a search. */
    @PreAuthorize("hasAuthority('person:read')")
    public String searchExamples() {
        return "jon smyth 1985, smith john 7/3/1985, a PNC ID, a phone number or a postcode";
    }

    @Transactional
    @PreAuthorize("hasAuthority('person:read')")
    public List<Found> search(String text) {
        var exact = ExactKey.in(text, clock);
        List<Found> found;
        if (exact.isPresent()) {
            var key = exact.get();
            found = people.withKey(key.kind(), key.value()).stream()
                    .map(p -> p.merged() ? people.byId(p.mergedInto()).orElse(p) : p)
                    .distinct()
                    .filter(this::mayRead)
                    .map(p -> new Found(p, new Match(1.0, List.of(key.label() + ": same"), List.of())))
                    .toList();
        } else {
            var query = SearchQuery.parse(text);
            if (!query.hasName())
                throw new InvalidField("q", "Enter a name, an identifier, a phone number, an e-mail address or a postcode");
            var probe = new PersonRecord("probe", query.givenNames(), query.surname(), query.dateOfBirth(), "", "", "");
            found = find(probe, query.yearOfBirth(), SEARCH_RESULTS, query::bornInYear);
            if (query.yearOfBirth() != null) found = found.stream().map(f -> bornIn(f, query.yearOfBirth())).toList();
        }
        found.forEach(f -> audit.record(Operation.CONSULT, RecordingPeople.RECORD, f.person().id(),
                AuditDetails.purpose("shown in search results")));
        return found;
    }

    /** Existing people who may be the one being entered, best first: what the entry check shows before saving. */
    @Transactional
    @PreAuthorize("hasAuthority('person:record')")
    public List<Found> possibleDuplicates(PersonDetails details) {
        var probe = matchable("new", details);
        var found = find(probe, null, ENTRY_MATCHES, born -> true);
        found.forEach(f -> audit.record(Operation.CONSULT, RecordingPeople.RECORD, f.person().id(),
                AuditDetails.purpose("shown as a possible duplicate at entry")));
        return found;
    }

    /** Existing people who may be the same as this one, without auditing: for the duplicate scan, which shows no one. */
    List<Found> likelySame(Person person, int limit) {
        return find(matchable(person.id().toString(), person.details()), null, limit + 1, born -> true).stream()
                .filter(found -> !found.person().id().equals(person.id()))
                .limit(limit)
                .toList();
    }

    private List<Found> find(PersonRecord probe, @Nullable Integer yearOfBirth, int limit,
                             java.util.function.Predicate<@Nullable LocalDate> born) {
        var keys = matching.keys(probe.givenNames(), probe.surname());
        var year = yearOfBirth != null || probe.dateOfBirth() == null ? yearOfBirth : Integer.valueOf(probe.dateOfBirth().getYear());
        var candidates = people.candidates(keys, birthDateSlips(probe.dateOfBirth()), year, probe.postcode()).stream()
                .filter(p -> born.test(p.dateOfBirth()))
                .filter(this::mayRead)
                .toList();
        var byId = new HashMap<String, Person>();
        var records = new ArrayList<PersonRecord>();
        for (var candidate : candidates) {
            byId.put(candidate.id().toString(), candidate);
            records.add(matchable(candidate.id().toString(), candidate.details()));
        }
        // A record merged into another is found as the record it was merged into, once.
        var shown = new java.util.LinkedHashMap<PersonId, Found>();
        for (var scored : matching.rank(probe, records, people.population())) {
            if (scored.match().probability() < SHOWN_FROM || shown.size() == limit) break;
            var person = byId.get(scored.id());
            if (person.merged()) person = people.byId(person.mergedInto()).orElse(null);
            if (person != null && !person.merged() && mayRead(person)) shown.putIfAbsent(person.id(), new Found(person, scored.match()));
        }
        return List.copyOf(shown.values());
    }

    /** A year typed beside a name filters the results; say so in each one's reasons. */
    private static Found bornIn(Found found, int year) {
        var born = found.person().dateOfBirth();
        var reason = born != null && born.getYear() == year ? "year of birth: " + year : "year of birth: within a year of " + year;
        var supporting = new ArrayList<>(found.match().supporting());
        supporting.add(reason);
        return new Found(found.person(), new Match(found.match().probability(), supporting, found.match().against()));
    }

    private boolean mayRead(Person person) {
        return access.allows("person:read", ProtectedRecord.of(RecordingPeople.RECORD, person.id(), person.force(), person.sensitivity()));
    }

    /** What the matcher compares: names, the exact date of birth, gender and the current address. */
    static PersonRecord matchable(String id, PersonDetails details) {
        var address = details.addresses().stream().filter(HeldAddress::current).reduce((first, later) -> later);
        return new PersonRecord(id, details.givenNames(), details.surname(), details.exactDateOfBirth(), details.gender(),
                address.map(HeldAddress::line).orElse(""), address.map(HeldAddress::postcode).orElse(""));
    }

    /** The date and the slips it is most often entered with: day and month swapped, a year out. */
    private static List<LocalDate> birthDateSlips(@Nullable LocalDate date) {
        if (date == null) return List.of();
        var dates = new ArrayList<LocalDate>(List.of(date, date.plusYears(1), date.minusYears(1)));
        if (date.getDayOfMonth() <= 12) dates.add(LocalDate.of(date.getYear(), date.getDayOfMonth(), Math.min(date.getMonthValue(), 28)));
        return dates;
    }
}
