package org.invicta.platform.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.invicta.shared.ForceId;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The force a unit of work acts for. For a signed-in user it is the user's force; a batch command
 * or a sign-in names it explicitly with {@link #actingFor}. Each transaction hands it to PostgreSQL,
 * whose row-level security then shows that force's rows only.
 */
public final class ForceContext {

    private static final ThreadLocal<ForceId> EXPLICIT = new ThreadLocal<>();

    private ForceContext() {
    }

    public static Optional<ForceId> current() {
        var explicit = EXPLICIT.get();
        if (explicit != null) return Optional.of(explicit);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ForceMember member)
            return Optional.of(member.force());
        return Optional.empty();
    }

    public static ForceId require() {
        return current().orElseThrow(() -> new IllegalStateException("no force is set for this unit of work"));
    }

    /** Runs work for a named force; transactions begun inside it see that force's rows only. */
    public static <T> T actingFor(ForceId force, Callable<T> work) {
        var previous = EXPLICIT.get();
        EXPLICIT.set(force);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (previous == null) EXPLICIT.remove(); else EXPLICIT.set(previous);
        }
    }

    public static void actingFor(ForceId force, Runnable work) {
        actingFor(force, () -> {
            work.run();
            return null;
        });
    }
}
