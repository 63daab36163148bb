package org.invicta.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class BoundedPasswordHashingTests {

    @Test
    void noMoreChecksRunAtOnceThanAllowed() throws Exception {
        var running = new AtomicInteger();
        var mostAtOnce = new AtomicInteger();
        var slowHashing = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return raw.toString();
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(20); // stands in for Argon2's deliberate cost
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                return raw.toString().equals(encoded);
            }
        };
        var bounded = new BoundedPasswordHashing(slowHashing, 2);
        var pool = Executors.newFixedThreadPool(8);
        var done = new CountDownLatch(16);
        var matched = new AtomicInteger();
        for (int i = 0; i < 16; i++)
            pool.submit(() -> {
                if (bounded.matches("secret", "secret")) matched.incrementAndGet();
                done.countDown();
            });

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        pool.shutdown();
        assertThat(matched).hasValue(16);
        assertThat(mostAtOnce.get()).isLessThanOrEqualTo(2);
    }
}
