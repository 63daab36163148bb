package org.invicta.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.invicta.organisation.persistence.Accounts;
import org.invicta.platform.security.InvictaPrincipal;
import org.invicta.platform.security.SigningIn;
import org.invicta.platform.tenancy.ForceContext;
import org.invicta.shared.ForceId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the account behind a sign-in and keeps the lockout: after {@code invicta.sign-in.max-failures}
 * wrong passwords in a row the account is locked for {@code invicta.sign-in.lockout}.
 */
@Service
class AccountSignIn implements SigningIn {

    private final Accounts accounts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;
    private final TransactionTemplate transactions;

    AccountSignIn(Accounts accounts, Clock clock, PlatformTransactionManager transactionManager,
                  @Value("${invicta.sign-in.max-failures:5}") int maxFailures,
                  @Value("${invicta.sign-in.lockout:15m}") Duration lockout) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    @Transactional
    public InvictaPrincipal loadUserByUsername(String username) {
        var record = accounts.forSignIn(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
        var account = record.account();
        if (!account.enabled()) throw new DisabledException("this account is disabled");
        return new InvictaPrincipal(account.id(), account.force(), account.username(), account.displayName(),
                account.roles(), record.privileges(), account.vettingOn(LocalDate.now(clock)),
                account.lockedAt(clock.instant()), record.passwordHash(), null);
    }

    @Override
    public Optional<InvictaPrincipal> byIdentityProvider(ForceId force, String subject, String preferredUsername) {
        return ForceContext.actingFor(force, () -> transactions.execute(status -> findLinkedAccount(force, subject)));
    }

    private Optional<InvictaPrincipal> findLinkedAccount(ForceId force, String subject) {
        return accounts.byIdentityProviderSubject(force, subject).filter(UserAccount::enabled)
                .map(account -> new InvictaPrincipal(account.id(), account.force(), account.username(),
                        account.displayName(), account.roles(), accounts.privilegesOf(account.roles()),
                        account.vettingOn(LocalDate.now(clock)), false, null, null));
    }

    @Override
    @Transactional
    public boolean reserveAttempt(String username) {
        return accounts.forSignIn(username).map(record -> accounts.reserveAttempt(record.account().id(), maxFailures,
                clock.instant(), clock.instant().plus(lockout))).orElse(true);
    }

    @Override
    @Transactional
    public void recordSuccessfulSignIn(String username) {
        accounts.forSignIn(username).ifPresent(record -> accounts.recordSuccess(record.account().id(), clock.instant()));
    }

    @Override
    @Transactional
    public boolean isLocked(String username) {
        return accounts.forSignIn(username).map(record -> record.account().lockedAt(clock.instant())).orElse(false);
    }
}
