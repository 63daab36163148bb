package org.invicta.platform.security;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id takes 16 MiB a check by design. Only a few checks run at once, so a flood of sign-in
 * attempts queues instead of exhausting the heap; the rest of the application keeps its memory.
 */
final class BoundedPasswordHashing implements PasswordEncoder {

    private final PasswordEncoder hashing;
    private final Semaphore permits;

    BoundedPasswordHashing(PasswordEncoder hashing, int concurrentChecks) {
        this.hashing = hashing;
        this.permits = new Semaphore(concurrentChecks, true);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bounded(() -> hashing.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return bounded(() -> hashing.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return hashing.upgradeEncoding(encodedPassword);
    }

    private <T> T bounded(Supplier<T> check) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to check a password", e);
        }
        try {
            return check.get();
        } finally {
            permits.release();
        }
    }
}
