package org.invicta.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * hash = SHA-256(previous hash || canonical row). The canonical form writes each field as
 * {@code length:value} so that no choice of values can make two different rows read the same.
 */
public final class ChainHash {

    private final MessageDigest sha256;
    private final StringBuilder canonical = new StringBuilder(256);

    public ChainHash() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static String genesis(String force) {
        return new ChainHash().digest("invicta audit chain of " + force);
    }

    public String of(String previousHash, String force, long seq, PendingEntry entry) {
        canonical.setLength(0);
        field(previousHash).field(force).field(Long.toString(seq)).field(entry.eventId().toString())
                .field(instant(entry.at())).field(entry.actorId() == null ? null : entry.actorId().toString())
                .field(entry.actorName()).field(entry.actorForce()).field(entry.actorRoles())
                .field(entry.operation()).field(entry.recordType()).field(entry.recordId()).field(entry.channel())
                .field(entry.purpose()).field(entry.recipient()).field(entry.fieldsChanged());
        return digest(canonical);
    }

    // Microseconds: what PostgreSQL's timestamptz keeps, so a row read back hashes as it was written.
    // Padded by hand: String.format cost a quarter of each hash, and verification hashes every row.
    private static String instant(Instant at) {
        var micros = Integer.toString(at.getNano() / 1000);
        return at.getEpochSecond() + "." + "000000".substring(micros.length()) + micros;
    }

    private ChainHash field(@Nullable String value) {
        if (value == null) canonical.append("-1:");
        else canonical.append(value.length()).append(':').append(value);
        canonical.append('|');
        return this;
    }

    private String digest(CharSequence text) {
        sha256.reset();
        return HexFormat.of().formatHex(sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
