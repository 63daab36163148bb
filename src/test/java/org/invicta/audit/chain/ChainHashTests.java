package org.invicta.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every row already written was hashed with this canonical form, so it must never change: these hashes
 * were computed by the first implementation and any rewrite has to reproduce them.
 */
class ChainHashTests {

    @ParameterizedTest
    @CsvSource({
            "2026-01-05T08:00:00Z,        1338dc1af2ce5a975552eea35c541b7a360fc83043832d2a8c46bd4bf6200756",
            "2026-01-05T08:00:00.000042Z, 4d3f2ba8ee281a4b57eb32af355160df0333d5d4f6f4eebe5d0e9af0651417c5",
            "2026-01-05T08:00:00.123456Z, d35efcb3b0ef2cfe475467514784678ec55721f602957b10a8ab3780c981ce1b"})
    void theCanonicalFormOfARowNeverChanges(String at, String expected) {
        var entry = new PendingEntry("kent", UUID.fromString("00000000-0000-0000-0000-000000000001"), Instant.parse(at),
                null, "Invicta batch process", null, "", "CONSULT", "person", "42", "BATCH", null, null, null);

        assertThat(new ChainHash().of(ChainHash.genesis("kent"), "kent", 1, entry)).isEqualTo(expected);
    }
}
