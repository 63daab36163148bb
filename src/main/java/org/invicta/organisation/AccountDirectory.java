package org.invicta.organisation;

import java.util.List;
import java.util.Optional;
import org.invicta.organisation.persistence.Accounts;
import org.invicta.platform.security.UserDirectory;
import org.invicta.platform.tenancy.ForceContext;
import org.invicta.shared.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountDirectory implements UserDirectory {

    private final Accounts accounts;

    AccountDirectory(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserId> idOf(String username) {
        return accounts.idOf(ForceContext.require(), username.trim().toLowerCase());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Officer> holding(String privilege) {
        return accounts.holding(privilege);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> districtOf(UserId user) {
        return accounts.districtOf(user);
    }
}
