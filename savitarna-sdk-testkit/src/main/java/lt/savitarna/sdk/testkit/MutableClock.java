package lt.savitarna.sdk.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A {@link Clock} that stands still until a test moves it, so that expiry can be tested without
 * waiting. Thread-safe.
 *
 * <!-- sample: SandboxServerExampleTest#expired-token -->
 * <pre>{@code
 * MutableClock clock = MutableClock.at(Instant.parse("2026-11-24T10:00:00Z"));
 * try (SandboxServer sandbox = SandboxServer.builder().clock(clock).accessTokenTtl(Duration.ofMinutes(5)).start();
 *      SavitarnaClient client = SavitarnaClient.builder().baseUri(sandbox.baseUri()).clock(clock).build();
 *      Session session = client.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray())) {
 *     clock.advance(Duration.ofMinutes(6)); // the access token has expired
 *
 *     assertEquals(DemoData.JONAS_FIRST_NAME, session.me().firstName());
 *     assertEquals(1, sandbox.counters().successfulRefreshes());
 * }
 * }</pre>
 */
public final class MutableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    private MutableClock(Instant now, ZoneId zone) {
        this.now = Objects.requireNonNull(now, "now");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** A UTC clock showing {@code instant} until moved. */
    public static MutableClock at(Instant instant) {
        return new MutableClock(instant, ZoneOffset.UTC);
    }

    /** A UTC clock showing the current system time until moved. */
    public static MutableClock startingNow() {
        return at(Instant.now());
    }

    /** Moves the clock forward (or back, for a negative duration). */
    public synchronized void advance(Duration duration) {
        now = now.plus(Objects.requireNonNull(duration, "duration"));
    }

    /** Sets the clock to {@code instant}. */
    public void set(Instant instant) {
        now = Objects.requireNonNull(instant, "instant");
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        MutableClock source = this;
        // A view, not a copy: it must keep following advance() and set() on this clock.
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return newZone;
            }

            @Override
            public Clock withZone(ZoneId otherZone) {
                return source.withZone(otherZone);
            }

            @Override
            public Instant instant() {
                return source.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public String toString() {
        return "MutableClock[" + now + "]";
    }
}
