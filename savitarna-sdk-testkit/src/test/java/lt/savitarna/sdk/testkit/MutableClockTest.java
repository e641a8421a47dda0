package lt.savitarna.sdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MutableClockTest {

    @Test
    void standsStillUntilMoved() {
        Instant start = Instant.parse("2026-11-24T10:15:30Z");
        MutableClock clock = MutableClock.at(start);
        assertEquals(start, clock.instant());

        clock.advance(Duration.ofMinutes(16));
        assertEquals(start.plusSeconds(960), clock.instant());

        clock.set(start);
        assertEquals(start, clock.instant());
    }

    @Test
    void zonedViewsFollowTheClock() {
        MutableClock clock = MutableClock.at(Instant.parse("2026-11-24T10:00:00Z"));
        Clock vilnius = clock.withZone(ZoneId.of("Europe/Vilnius"));

        clock.advance(Duration.ofHours(1));

        assertEquals(Instant.parse("2026-11-24T11:00:00Z"), vilnius.instant());
        assertEquals(ZoneId.of("Europe/Vilnius"), vilnius.getZone());
    }
}
