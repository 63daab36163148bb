package org.invicta.organisation.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.invicta.organisation.AccountDetails;
import org.invicta.organisation.UserAccount;
import org.invicta.platform.tenancy.ForceScopedTransactionManager;
import org.invicta.shared.ForceId;
import org.invicta.platform.security.UserDirectory;
import org.invicta.shared.UserId;
import org.invicta.shared.VettingLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** User accounts of the acting force, with their roles; and the one cross-force lookup, by sign-in name. */
@Repository
public class Accounts {

    private static final String SELECT_ACCOUNT = """
            SELECT u.*, coalesce(string_agg(r.role_code, ',' ORDER BY r.role_code), '') AS roles,
                   coalesce(u.locked_until > now(), false) AS locked_now
              FROM app_user u LEFT JOIN user_role r ON r.force_id = u.force_id AND r.user_id = u.user_id
            """;

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    Accounts(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The account and password hash behind a username, switching this transaction to the account's force. */
    public Optional<SignInRecord> forSignIn(String username) {
        var owner = jdbc.sql("SELECT force_id, user_id FROM sign_in_name WHERE username = :username")
                .param("username", username.toLowerCase())
                .query((rs, n) -> new Owner(ForceId.of(rs.getString(1)), new UserId(rs.getObject(2, UUID.class))))
                .optional();
        if (owner.isEmpty()) return Optional.empty();
        ForceScopedTransactionManager.switchTransactionTo(dataSource, owner.get().force());
        return byId(owner.get().user()).map(account -> new SignInRecord(account, passwordHash(account.id()),
                privilegesOf(account.roles())));
    }

    public Optional<UserId> idOf(ForceId force, String username) {
        return jdbc.sql("SELECT user_id FROM sign_in_name WHERE username = :username AND force_id = :force")
                .param("username", username).param("force", force.value())
                .query((rs, n) -> new UserId(rs.getObject(1, UUID.class))).optional();
    }

    /** The acting force's enabled users whose roles give the privilege. */
    public List<UserDirectory.Officer> holding(String privilege) {
        return jdbc.sql("""
                SELECT DISTINCT u.user_id, u.display_name, u.rank_or_grade FROM app_user u
                  JOIN user_role r ON r.force_id = u.force_id AND r.user_id = u.user_id
                  JOIN role_privilege p ON p.role_code = r.role_code
                 WHERE u.enabled AND p.privilege_code = :privilege ORDER BY u.display_name
                """).param("privilege", privilege).query((rs, n) -> new UserDirectory.Officer(new UserId(rs.getObject(1, UUID.class)),
                rs.getString(2), rs.getString(3))).list();
    }

    public Optional<String> districtOf(UserId user) {
        return jdbc.sql("""
                SELECT d.name FROM app_user u JOIN team t ON t.force_id = u.force_id AND t.team_id = u.team_id
                  JOIN station s ON s.force_id = t.force_id AND s.station_id = t.station_id
                  JOIN district d ON d.force_id = s.force_id AND d.district_id = s.district_id
                 WHERE u.user_id = :user
                """).param("user", user.value()).query(String.class).optional();
    }

    public Optional<UserAccount> byIdentityProviderSubject(ForceId force, String subject) {
        return jdbc.sql(SELECT_ACCOUNT + " WHERE u.force_id = :force AND u.oidc_subject = :subject GROUP BY u.force_id, u.user_id")
                .param("force", force.value()).param("subject", subject).query(Accounts::account).optional();
    }

    public boolean collarNumberTaken(String collarNumber, @Nullable UserId except) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE collar_number = :collar AND user_id IS DISTINCT FROM :except")
                .param("collar", collarNumber).param("except", except == null ? null : except.value())
                .query(Long.class).single() > 0;
    }

    public boolean identityProviderSubjectTaken(String subject, @Nullable UserId except) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE oidc_subject = :subject AND user_id IS DISTINCT FROM :except")
                .param("subject", subject).param("except", except == null ? null : except.value())
                .query(Long.class).single() > 0;
    }

    public Optional<UserAccount> byId(UserId id) {
        return jdbc.sql(SELECT_ACCOUNT + " WHERE u.user_id = :id GROUP BY u.force_id, u.user_id")
                .param("id", id.value()).query(Accounts::account).optional();
    }

    public List<UserAccount> all() {
        return jdbc.sql(SELECT_ACCOUNT + " GROUP BY u.force_id, u.user_id ORDER BY u.display_name")
                .query(Accounts::account).list();
    }

    public Set<String> privilegesOf(Set<String> roles) {
        if (roles.isEmpty()) return Set.of();
        return new HashSet<>(jdbc.sql("SELECT DISTINCT privilege_code FROM role_privilege WHERE role_code IN (:roles)")
                .param("roles", roles).query(String.class).list());
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("SELECT count(*) FROM sign_in_name WHERE username = :username")
                .param("username", username).query(Long.class).single() > 0;
    }

    public void create(ForceId force, UserId id, String username, AccountDetails details, @Nullable String passwordHash,
                       Instant now) {
        jdbc.sql("INSERT INTO sign_in_name (username, force_id, user_id) VALUES (:username, :force, :id)")
                .param("username", username).param("force", force.value()).param("id", id.value()).update();
        jdbc.sql("""
                INSERT INTO app_user (force_id, user_id, username, display_name, collar_number, rank_or_grade,
                                      vetting_level, vetting_expires_on, team_id, password_hash, oidc_subject,
                                      enabled, version, created_at)
                VALUES (:force, :id, :username, :name, :collar, :rank, :vetting, :expires, :team, :hash, :subject,
                        :enabled, 0, :now)
                """)
                .param("force", force.value()).param("id", id.value()).param("username", username)
                .param("name", details.displayName()).param("collar", details.collarNumber())
                .param("rank", details.rankOrGrade()).param("vetting", details.vetting().name())
                .param("expires", details.vettingExpiresOn() == null ? null : Date.valueOf(details.vettingExpiresOn()))
                .param("team", details.teamId()).param("hash", passwordHash)
                .param("subject", details.identityProviderSubject()).param("enabled", details.enabled())
                .param("now", Timestamp.from(now)).update();
        replaceRoles(force, id, details.roles());
    }

    /** Applies the change if the account is still at the version the administrator edited; false if not. */
    public boolean update(UserId id, int expectedVersion, AccountDetails details) {
        var updated = jdbc.sql("""
                UPDATE app_user SET display_name = :name, collar_number = :collar, rank_or_grade = :rank,
                                    vetting_level = :vetting, vetting_expires_on = :expires, team_id = :team,
                                    oidc_subject = :subject, enabled = :enabled, version = version + 1
                 WHERE user_id = :id AND version = :version
                """)
                .param("name", details.displayName()).param("collar", details.collarNumber())
                .param("rank", details.rankOrGrade()).param("vetting", details.vetting().name())
                .param("expires", details.vettingExpiresOn() == null ? null : Date.valueOf(details.vettingExpiresOn()))
                .param("team", details.teamId()).param("subject", details.identityProviderSubject())
                .param("enabled", details.enabled()).param("id", id.value()).param("version", expectedVersion)
                .update();
        if (updated == 0) return false;
        var force = jdbc.sql("SELECT force_id FROM app_user WHERE user_id = :id").param("id", id.value())
                .query(String.class).single();
        replaceRoles(ForceId.of(force), id, details.roles());
        return true;
    }

    public void setPasswordHash(UserId id, String hash) {
        jdbc.sql("UPDATE app_user SET password_hash = :hash, failed_sign_ins = 0, locked_until = NULL WHERE user_id = :id")
                .param("hash", hash).param("id", id.value()).update();
    }

    public void unlock(UserId id) {
        jdbc.sql("UPDATE app_user SET failed_sign_ins = 0, locked_until = NULL WHERE user_id = :id")
                .param("id", id.value()).update();
    }

    /**
     * Counts a sign-in attempt before its password is checked, so that parallel attempts cannot all slip
     * under the limit; success clears the count. Returns false if the account is locked, including by
     * this attempt (the limit's worth of attempts has already failed). An expired lock starts afresh.
     */
    public boolean reserveAttempt(UserId id, int limit, Instant now, Instant lockedUntil) {
        var attempts = jdbc.sql("""
                UPDATE app_user
                   SET failed_sign_ins = CASE WHEN locked_until <= :now THEN 1 ELSE failed_sign_ins + 1 END,
                       locked_until = CASE WHEN (CASE WHEN locked_until <= :now THEN 1 ELSE failed_sign_ins + 1 END) > :limit
                                           THEN CAST(:until AS timestamptz) ELSE NULL END
                 WHERE user_id = :id AND (locked_until IS NULL OR locked_until <= :now)
                RETURNING failed_sign_ins
                """)
                .param("now", Timestamp.from(now)).param("limit", limit).param("until", Timestamp.from(lockedUntil))
                .param("id", id.value()).query(Integer.class).optional();
        return attempts.isPresent() && attempts.get() <= limit;
    }

    public void recordSuccess(UserId id, Instant now) {
        jdbc.sql("UPDATE app_user SET failed_sign_ins = 0, locked_until = NULL, last_signed_in_at = :now WHERE user_id = :id")
                .param("now", Timestamp.from(now)).param("id", id.value()).update();
    }

    private @Nullable String passwordHash(UserId id) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE user_id = :id").param("id", id.value())
                .query(String.class).optional().orElse(null);
    }

    private void replaceRoles(ForceId force, UserId id, Set<String> roles) {
        jdbc.sql("DELETE FROM user_role WHERE user_id = :id").param("id", id.value()).update();
        for (var role : roles)
            jdbc.sql("INSERT INTO user_role (force_id, user_id, role_code) VALUES (:force, :id, :role)")
                    .param("force", force.value()).param("id", id.value()).param("role", role).update();
    }

    private static UserAccount account(ResultSet rs, int row) throws SQLException {
        var roles = rs.getString("roles");
        var expires = rs.getDate("vetting_expires_on");
        var locked = rs.getTimestamp("locked_until");
        var signedIn = rs.getTimestamp("last_signed_in_at");
        return new UserAccount(ForceId.of(rs.getString("force_id")), new UserId(rs.getObject("user_id", UUID.class)),
                rs.getString("username"), rs.getString("display_name"), rs.getString("collar_number"),
                rs.getString("rank_or_grade"), VettingLevel.fromCode(rs.getString("vetting_level")),
                expires == null ? null : expires.toLocalDate(), rs.getObject("team_id", UUID.class),
                roles.isEmpty() ? Set.of() : Set.of(roles.split(",")), rs.getBoolean("enabled"),
                locked == null ? null : locked.toInstant(), signedIn == null ? null : signedIn.toInstant(),
                rs.getString("oidc_subject"), rs.getInt("version"), rs.getBoolean("locked_now"));
    }

    public record SignInRecord(UserAccount account, @Nullable String passwordHash, Set<String> privileges) {
    }

    private record Owner(ForceId force, UserId user) {
    }
}
