package org.invicta.organisation;

import java.util.List;
import java.util.Set;
import org.invicta.organisation.persistence.Accounts;
import org.invicta.platform.tenancy.ForceContext;
import org.invicta.shared.ForceId;
import org.invicta.shared.VettingLevel;
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
 * The demo: Kent and Essex, each with stations, teams and one user for every role, all signing in
 * with {@value #PASSWORD}. Loaded once into an empty force, never in production.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "invicta.demo-data", havingValue = "true")
class DemoForces implements ApplicationRunner {

    static final String PASSWORD = "invicta-demo-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoForces.class);

    private final AdministeringUsers users;
    private final AdministeringStructure structure;
    private final Accounts accounts;
    private final TransactionTemplate transactions;

    DemoForces(AdministeringUsers users, AdministeringStructure structure, Accounts accounts,
               PlatformTransactionManager transactionManager) {
        this.users = users;
        this.structure = structure;
        this.accounts = accounts;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    private record DemoUser(String role, String name, String collar, String rank, VettingLevel vetting) {
    }

    private static final List<DemoUser> STAFF = List.of(
            new DemoUser("RESPONSE_OFFICER", "Sam Okafor", "4521", "Police Constable", VettingLevel.RV),
            new DemoUser("INVESTIGATOR", "Priya Shah", "7310", "Detective Constable", VettingLevel.MV),
            new DemoUser("SUPERVISOR", "Tom Hughes", "1187", "Sergeant", VettingLevel.MV),
            new DemoUser("CRIME_REGISTRAR", "Helen Marsh", null, "Force Crime Registrar (police staff)", VettingLevel.MV),
            new DemoUser("FORCE_ADMIN", "Gareth Lloyd", null, "Systems administrator (police staff)", VettingLevel.NPPV3),
            new DemoUser("AUDITOR", "Ruth Adeyemi", "2044", "Inspector, Professional Standards", VettingLevel.SC));

    @Override
    public void run(ApplicationArguments arguments) {
        load(ForceId.of("kent"), "maidstone", "Maidstone Police Station", "Palace Avenue, Maidstone ME15 6NF");
        load(ForceId.of("essex"), null, "Chelmsford Police Station", "Springfield Road, Chelmsford CM2 6DN");
    }

    private void load(ForceId force, String district, String stationName, String address) {
        ForceContext.actingFor(force, () -> transactions.executeWithoutResult(status -> {
            if (!accounts.all().isEmpty()) return;
            var districtId = district != null ? district : structure.addDistrictInForce("Chelmsford");
            var station = structure.addStationInForce(districtId, stationName, address);
            var team = structure.addTeamInForce(station, "Response Team A");
            for (var staff : STAFF) {
                var username = force.value() + "." + staff.role().toLowerCase().replace("_", "-");
                users.createInForce(new NewAccount(username, PASSWORD, new AccountDetails(staff.name(), staff.collar(),
                        staff.rank(), staff.vetting(), null, team, Set.of(staff.role()), true, null)));
            }
            log.info("Loaded demo force {}: {} users (password {})", force, STAFF.size(), PASSWORD);
        }));
    }
}
