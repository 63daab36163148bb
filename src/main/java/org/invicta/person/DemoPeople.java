package org.invicta.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.invicta.audit.AuditDetails;
import org.invicta.audit.AuditTrail;
import org.invicta.audit.Operation;
import org.invicta.identity.PersonRecord;
import org.invicta.identity.SyntheticPeople;
import org.invicta.person.persistence.People;
import org.invicta.platform.tenancy.ForceContext;
import org.invicta.shared.ForceId;
import org.invicta.shared.Sensitivity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo people for the tour: a few named ones to search for, and a synthetic population "migrated from
 * a legacy system", duplicates included, for the duplicate review to find. Loaded once into a force
 * with no people, never in production.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "invicta.demo-data", havingValue = "true")
class DemoPeople implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);
    private static final int MIGRATED = 400;

    private final People people;
    private final PersonSearchKeys searchKeys;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    DemoPeople(People people, PersonSearchKeys searchKeys, AuditTrail audit, Clock clock, PlatformTransactionManager transactions) {
        this.people = people;
        this.searchKeys = searchKeys;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        for (var force : List.of(ForceId.of("kent"), ForceId.of("essex")))
            ForceContext.actingFor(force, () -> transactions.executeWithoutResult(status -> load(force)));
    }

    private void load(ForceId force) {
        if (people.count() > 0) return;
        add(force, new PersonDetails("John", "Smith", LocalDate.of(1985, 3, 7), BirthPrecision.DAY, Sensitivity.OFFICIAL, "MALE",
                "W1", "IC1", "", List.of(new Alias("NICKNAME", "Johnny", "Smith", null)), List.of(),
                List.of(new HeldAddress("14 Tonbridge Road, Maidstone", "ME16 8RP", "HOME", LocalDate.of(2019, 5, 1), null)),
                List.of("07700900456"), List.of(), List.of(new Identifier("PNC_ID", "1981/0154257C")),
                List.of(new WarningMarker("VIOLENT", "Assaulted a door supervisor, 2024", null, "demo", clock.instant()))));
        add(force, new PersonDetails("William", "Jones", LocalDate.of(1970, 6, 21), Sensitivity.OFFICIAL));
        add(force, new PersonDetails("Margaret", "Hollis", LocalDate.of(1948, 5, 2), Sensitivity.OFFICIAL));
        var population = SyntheticPeople.population(MIGRATED, 0.15, force.value().hashCode());
        for (PersonRecord record : population)
            add(force, new PersonDetails(record.givenNames(), record.surname(), record.dateOfBirth(), BirthPrecision.DAY,
                    Sensitivity.OFFICIAL, record.gender().equals("M") ? "MALE" : record.gender().equals("F") ? "FEMALE" : "", "", "", "",
                    List.of(), List.of(), record.address().isEmpty() && record.postcode().isEmpty() ? List.of()
                            : List.of(new HeldAddress(record.address(), record.postcode(), "HOME", null, null)),
                    List.of(), List.of(), List.of(), List.of()));
        log.info("Loaded demo people into {}: {} (about {} of them duplicates for the review to find)", force,
                MIGRATED + 3, Math.round(MIGRATED * 0.15));
    }

    private void add(ForceId force, PersonDetails details) {
        var id = new PersonId(UUID.randomUUID());
        people.add(force, id, details, null, clock.instant());
        searchKeys.keep(force, id, details);
        audit.record(Operation.COLLECT, RecordingPeople.RECORD, id, AuditDetails.purpose("demo data"));
    }
}
