package lt.savitarna.sdk.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void readsSecondsAndDates() {
        assertEquals(Duration.ofSeconds(120), RetryAfter.parse(" 120 ", clock));
        assertEquals(Duration.ofSeconds(90), RetryAfter.parse("Tue, 24 Nov 2026 10:01:30 GMT", clock));
        assertEquals(Duration.ZERO, RetryAfter.parse("Tue, 24 Nov 2026 09:00:00 GMT", clock));
    }

    @Test
    void ignoresWhatItCannotRead() {
        assertNull(RetryAfter.parse(null, clock));
        assertNull(RetryAfter.parse("soon", clock));
        assertNull(RetryAfter.parse("-5", clock));
        assertNull(RetryAfter.parse("99999999999999999999999", clock));
    }
}
