package lt.savitarna.sdk.examples.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.testkit.MutableClock;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;
import org.junit.jupiter.api.Test;

/**
 * Starting the sandbox by hand, without the JUnit extension: as it comes, and with a clock the
 * test moves, so that expiry is tested without waiting.
 */
class SandboxServerExampleTest {

    @Test
    void theSandboxServesTheDemoCustomer() {
        // @start region=start
        try (SandboxServer sandbox = SandboxServer.builder().start();
             SavitarnaClient client = SavitarnaClient.builder().baseUri(sandbox.baseUri()).build();
             Session session = client.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray())) {
            assertEquals(DemoData.JONAS_REPRESENTATION_COUNT, session.representations().stream().count());
        }
        // @end
    }

    @Test
    void anExpiredAccessTokenIsRefreshed() {
        // @start region=expired-token
        MutableClock clock = MutableClock.at(Instant.parse("2026-11-24T10:00:00Z"));
        try (SandboxServer sandbox = SandboxServer.builder().clock(clock).accessTokenTtl(Duration.ofMinutes(5)).start();
             SavitarnaClient client = SavitarnaClient.builder().baseUri(sandbox.baseUri()).clock(clock).build();
             Session session = client.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray())) {
            clock.advance(Duration.ofMinutes(6)); // the access token has expired

            assertEquals(DemoData.JONAS_FIRST_NAME, session.me().firstName());
            assertEquals(1, sandbox.counters().successfulRefreshes());
        }
        // @end
    }
}
