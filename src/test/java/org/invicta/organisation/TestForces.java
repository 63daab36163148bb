package org.invicta.organisation;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.invicta.platform.tenancy.ForceContext;
import org.invicta.shared.ForceId;
import org.invicta.shared.UserId;
import org.invicta.shared.VettingLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Makes a fresh force (a tenant of its own) and its users for one test. */
@Component
public class TestForces {

    public static final String PASSWORD = "correct-horse-battery";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient owner;
    private final AdministeringUsers users;
    private final AdministeringStructure structure;

    TestForces(@Qualifier("ownerDataSource") DataSource owner, AdministeringUsers users, AdministeringStructure structure) {
        this.owner = JdbcClient.create(owner);
        this.users = users;
        this.structure = structure;
    }

    public TestForce create() {
        return create(newForceId());
    }

    /**
     * A force under an id chosen earlier with {@link #newForceId()}, for a test that must name the force
     * before the application starts, such as in the registration of the force's identity provider.
     */
    public TestForce create(ForceId force) {
        owner.sql("INSERT INTO force (force_id, name, region) VALUES (:id, :name, 'Test')")
                .param("id", force.value()).param("name", nameOf(force)).update();
        return new TestForce(force);
    }

    /** A fresh force id: ten random letters, so no two tests sharing a database pick the same one. */
    public static ForceId newForceId() {
        var letters = RANDOM.ints(10, 'a', 'z' + 1).mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining());
        return ForceId.of("test-" + letters);
    }

    private static String nameOf(ForceId force) {
        return "Test Force " + force.value().substring("test-".length()).toUpperCase();
    }

    public record TestUser(ForceId force, UserId id, String username, String password) {
    }

    public final class TestForce {
        private final ForceId id;
        private int users;

        TestForce(ForceId id) {
            this.id = id;
        }

        public ForceId id() {
            return id;
        }

        public String name() {
            return nameOf(id);
        }

        public TestUser user(String... roles) {
            return user(VettingLevel.MV, roles);
        }

        public TestUser user(VettingLevel vetting, String... roles) {
            return add("Test User " + (users + 1), vetting, null, null, roles);
        }

        public TestUser user(VettingLevel vetting, java.time.LocalDate vettingExpires, String... roles) {
            return add("Test User " + (users + 1), vetting, vettingExpires, null, roles);
        }

        /** A user whose account is linked to {@code subject} at the force's own identity provider. */
        public TestUser userOfIdentityProvider(String subject, String displayName, String... roles) {
            return add(displayName, VettingLevel.MV, null, subject, roles);
        }

        private TestUser add(String displayName, VettingLevel vetting, java.time.@Nullable LocalDate vettingExpires,
                             @Nullable String identityProviderSubject, String... roles) {
            var username = id.value() + ".user" + (++users);
            var userId = ForceContext.actingFor(id, () -> TestForces.this.users.createInForce(new NewAccount(username, PASSWORD,
                    new AccountDetails(displayName, null, "Police Constable", vetting, vettingExpires, null,
                            Set.copyOf(Arrays.asList(roles)), true, identityProviderSubject))));
            return new TestUser(id, userId, username, PASSWORD);
        }

        public String addDistrict(String name) {
            return ForceContext.actingFor(id, () -> structure.addDistrictInForce(name));
        }

        public java.util.UUID stationOf(java.util.UUID team) {
            return owner.sql("SELECT station_id FROM team WHERE team_id = :team").param("team", team)
                    .query(java.util.UUID.class).single();
        }

        /** A district, a station in it and a team working from the station. */
        public java.util.UUID addTeam(String districtName) {
            return ForceContext.actingFor(id, () -> {
                var district = structure.addDistrictInForce(districtName);
                var station = structure.addStationInForce(district, districtName + " Police Station", "High Street");
                return structure.addTeamInForce(station, districtName + " Response");
            });
        }
    }
}
