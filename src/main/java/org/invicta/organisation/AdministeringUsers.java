package org.invicta.organisation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.invicta.audit.AuditDetails;
import org.invicta.audit.AuditTrail;
import org.invicta.audit.Operation;
import org.invicta.organisation.persistence.Accounts;
import org.invicta.organisation.persistence.Structure;
import org.invicta.platform.security.AccountChanged;
import org.invicta.platform.security.CurrentUser;
import org.invicta.platform.tenancy.ForceContext;
import org.invicta.shared.ConcurrentChange;
import org.invicta.shared.InvalidField;
import org.invicta.shared.NotFound;
import org.invicta.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A force administrator's work on the force's users: create, edit roles and vetting, unlock, reset a password. */
@Service
public class AdministeringUsers {

    static final String RECORD = "user";

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;
    private final OrganisationQueries queries;
    private final Structure structure;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    AdministeringUsers(Accounts accounts, PasswordEncoder passwords, AuditTrail audit, Clock clock,
                       OrganisationQueries queries, Structure structure, CurrentUser currentUser,
                       ApplicationEventPublisher events) {
        this.events = events;
        this.currentUser = currentUser;
        this.queries = queries;
        this.structure = structure;
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an administrator chooses from when creating or editing a user. */
    public record Choices(List<OrganisationQueries.Role> roles, List<Team> teams) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('organisation:administer')")
    public Choices choices() {
        return new Choices(queries.roles(), structure.teams());
    }

    /** The user as the edit form shows them; reading it is a consultation of their personal data. */
    @Transactional
    @PreAuthorize("hasAuthority('organisation:administer')")
    public UserAccount forEditing(UserId id) {
        var account = accounts.byId(id).orElseThrow(() -> new NotFound("user " + id));
        audit.record(Operation.CONSULT, RECORD, id);
        return account;
    }

    @Transactional
    @PreAuthorize("hasAuthority('organisation:administer')")
    public UserId create(NewAccount account) {
        return createInForce(account);
    }

    /** Also used to load the demo forces, where no administrator is signed in. */
    @Transactional
    UserId createInForce(NewAccount account) {
        if (accounts.usernameTaken(account.username()))
            throw new InvalidField("username", "Username '" + account.username() + "' is already in use");
        refuseSharedIdentity(account.details(), null);
        refuseUnknownReferences(account.details(), null);
        var id = new UserId(UUID.randomUUID());
        var hash = account.initialPassword() == null ? null : passwords.encode(account.initialPassword());
        accounts.create(ForceContext.require(), id, account.username(), account.details(), hash, clock.instant());
        audit.record(Operation.COLLECT, RECORD, id);
        return id;
    }

    @Transactional
    @PreAuthorize("hasAuthority('organisation:administer')")
    public int update(UserId id, int expectedVersion, AccountDetails details) {
        var before = accounts.byId(id).orElseThrow(() -> new NotFound("user " + id));
        var changed = changedFields(detailsOf(before), details);
        // No administrator raises their own roles or vetting: another administrator must.
        if (currentUser.get().map(u -> u.id().equals(id)).orElse(false)
                && (changed.contains("roles") || changed.contains("vetting") || changed.contains("vettingExpiresOn")))
            throw new InvalidField("roles", "You cannot change your own roles or vetting: ask another administrator");
        refuseSharedIdentity(details, id);
        refuseUnknownReferences(details, id);
        if (!accounts.update(id, expectedVersion, details)) {
            var current = accounts.byId(id).orElseThrow(() -> new NotFound("user " + id));
            throw new ConcurrentChange("user " + before.username(), expectedVersion, current.version(), Map.of());
        }
        audit.record(Operation.ALTER, RECORD, id, AuditDetails.fieldsChanged(changed));
        events.publishEvent(new AccountChanged(id));
        return expectedVersion + 1;
    }

    @Transactional
    @PreAuthorize("hasAuthority('organisation:administer')")
    public void unlock(UserId id) {
        accounts.byId(id).orElseThrow(() -> new NotFound("user " + id));
        accounts.unlock(id);
        audit.record(Operation.ALTER, RECORD, id, AuditDetails.fieldsChanged(List.of("lockedUntil")));
    }

    @Transactional
    @PreAuthorize("hasAuthority('organisation:administer')")
    public void setPassword(UserId id, String password) {
        PasswordRules.check("password", password);
        accounts.byId(id).orElseThrow(() -> new NotFound("user " + id));
        accounts.setPasswordHash(id, passwords.encode(password));
        audit.record(Operation.ALTER, RECORD, id, AuditDetails.fieldsChanged(List.of("password")));
        events.publishEvent(new AccountChanged(id));
    }

    private void refuseUnknownReferences(AccountDetails details, @Nullable UserId self) {
        if (details.collarNumber() != null && accounts.collarNumberTaken(details.collarNumber(), self))
            throw new InvalidField("collarNumber", "Another user of your force has collar number " + details.collarNumber());
        var known = queries.roles().stream().map(OrganisationQueries.Role::code).toList();
        if (!known.containsAll(details.roles()))
            throw new InvalidField("roles", "Select roles from the list");
        if (details.teamId() != null && structure.teams().stream().noneMatch(team -> team.id().equals(details.teamId())))
            throw new InvalidField("teamId", "Select a team of your force");
    }

    private void refuseSharedIdentity(AccountDetails details, @Nullable UserId self) {
        var subject = details.identityProviderSubject();
        if (subject != null && accounts.identityProviderSubjectTaken(subject, self))
            throw new InvalidField("identityProviderSubject",
                    "Another user is already linked to identity provider subject " + subject);
    }

    static AccountDetails detailsOf(UserAccount account) {
        return new AccountDetails(account.displayName(), account.collarNumber(), account.rankOrGrade(),
                account.vetting(), account.vettingExpiresOn(), account.teamId(), account.roles(), account.enabled(),
                account.identityProviderSubject());
    }

    private static List<String> changedFields(AccountDetails before, AccountDetails after) {
        var changed = new ArrayList<String>();
        if (!before.displayName().equals(after.displayName())) changed.add("displayName");
        if (!Objects.equals(before.collarNumber(), after.collarNumber())) changed.add("collarNumber");
        if (!before.rankOrGrade().equals(after.rankOrGrade())) changed.add("rankOrGrade");
        if (before.vetting() != after.vetting()) changed.add("vetting");
        if (!Objects.equals(before.vettingExpiresOn(), after.vettingExpiresOn())) changed.add("vettingExpiresOn");
        if (!Objects.equals(before.teamId(), after.teamId())) changed.add("team");
        if (!before.roles().equals(after.roles())) changed.add("roles");
        if (before.enabled() != after.enabled()) changed.add("enabled");
        if (!Objects.equals(before.identityProviderSubject(), after.identityProviderSubject()))
            changed.add("identityProviderSubject");
        return changed;
    }
}
