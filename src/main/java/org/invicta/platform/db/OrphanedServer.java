package org.invicta.platform.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL runs as its own process. If Invicta was killed (kill -9, a crash) that process
 * may still hold the data directory; it is shut down cleanly before a new one starts, so no committed
 * write is lost and the restart does not fail on "another server might be running".
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final Duration SHUTDOWN = Duration.ofSeconds(60);
    private static final String ZONKY_LOCK = "epg-lock";

    private OrphanedServer() {
    }

    // zonky holds a file lock on the data directory for as long as the Invicta that started it lives.
    private static void refuseIfAnotherInvictaHoldsIt(Path dataDirectory) throws IOException {
        var lockFile = dataDirectory.resolve(ZONKY_LOCK);
        if (!Files.exists(lockFile)) return;
        try (var channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            var lock = channel.tryLock();
            if (lock == null) throw inUse(dataDirectory);
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw inUse(dataDirectory);
        }
    }

    private static IllegalStateException inUse(Path dataDirectory) {
        return new IllegalStateException("another Invicta is running on " + dataDirectory
                + ": stop it first, or point this command at its database with --spring.datasource.url");
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        refuseIfAnotherInvictaHoldsIt(dataDirectory);
        var pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) return;
        var lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || lines.get(0).isBlank()) return;
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return; // not a pid file PostgreSQL wrote; PostgreSQL itself will complain about it
        }
        var process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(command -> command.endsWith("postgres")).orElse(false));
        if (process.isEmpty()) return; // a stale pid file: PostgreSQL recovers from its WAL on start
        log.warn("An embedded PostgreSQL (pid {}) left by an earlier run still holds {}: shutting it down", pid,
                dataDirectory);
        process.get().destroy(); // SIGTERM: PostgreSQL's smart shutdown, which checkpoints
        try {
            process.get().onExit().get(SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the PostgreSQL left by an earlier run (pid " + pid
                    + ") did not stop within " + SHUTDOWN.toSeconds() + " s; stop it and start Invicta again", e);
        }
    }
}
