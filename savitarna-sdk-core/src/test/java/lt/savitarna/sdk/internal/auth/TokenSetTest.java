package lt.savitarna.sdk.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenSetTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void neverShowsTheTokens() {
        TokenAnswer answer = new TokenAnswer("at_SECRET", 900, "rt_SECRET", 2_592_000L, "acc_1", true);
        TokenSet tokens = TokenSet.from(answer, T0, Duration.ofSeconds(30), 3);

        assertFalse(answer.toString().contains("SECRET"), answer.toString());
        assertFalse(tokens.toString().contains("SECRET"), tokens.toString());
        assertTrue(tokens.toString().contains("generation=3"));
    }

    @Test
    void refreshesWithinTheSkewButNeverEarlierThanHalfTheLifetime() {
        TokenSet normal = TokenSet.from(new TokenAnswer("a", 900, "r", null, null, null), T0, Duration.ofSeconds(30), 0);
        assertFalse(normal.refreshDue(T0.plusSeconds(869)));
        assertTrue(normal.refreshDue(T0.plusSeconds(870)));

        TokenSet shortLived = TokenSet.from(new TokenAnswer("a", 20, "r", null, null, null), T0, Duration.ofSeconds(30), 0);
        assertFalse(shortLived.refreshDue(T0.plusSeconds(9)));
        assertTrue(shortLived.refreshDue(T0.plusSeconds(10)));
        assertEquals(T0.plusSeconds(20), shortLived.accessExpiresAt());
    }
}
