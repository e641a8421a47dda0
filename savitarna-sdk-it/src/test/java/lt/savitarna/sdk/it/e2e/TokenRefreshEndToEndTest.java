package lt.savitarna.sdk.it.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.testkit.MutableClock;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;
import org.junit.jupiter.api.Test;

/**
 * 200 threads that all hold an expired access token cause exactly one refresh on the server:
 * once when the server is the one that notices (401 TOKEN_EXPIRED), once when the client's clock
 * says so first.
 */
class TokenRefreshEndToEndTest {

    private static final int THREADS = 200;

    @Test
    void serverSideExpiryRefreshesOnceForTwoHundredThreads() throws Exception {
        MutableClock serverClock = MutableClock.at(Instant.parse("2026-11-24T08:00:00Z"));
        try (SandboxServer sandbox = SandboxServer.builder().clock(serverClock).accessTokenTtl(Duration.ofMinutes(15)).start();
             SavitarnaClient client = SavitarnaClient.builder().baseUri(sandbox.baseUri())
                     .attemptTimeout(Duration.ofSeconds(30)).build()) {
            Session session = client.login(DemoData.JONAS_EMAIL, Secrets.password(DemoData.JONAS_PASSWORD));
            serverClock.advance(Duration.ofMinutes(16)); // only the server knows the token expired

            callMeFromManyThreads(session);

            assertEquals(1, sandbox.counters().successfulRefreshes());
            assertEquals(1, sandbox.counters().requests("POST", "/api/v1/auth/refresh"));
            ExchangeConformance.assertAllConform(sandbox);
            session.close();
        }
    }

    @Test
    void clientSideExpiryRefreshesOnceForTwoHundredThreads() throws Exception {
        MutableClock clock = MutableClock.at(Instant.parse("2026-11-24T08:00:00Z"));
        try (SandboxServer sandbox = SandboxServer.builder().clock(clock).accessTokenTtl(Duration.ofMinutes(15)).start();
             SavitarnaClient client = SavitarnaClient.builder().baseUri(sandbox.baseUri()).clock(clock)
                     .attemptTimeout(Duration.ofSeconds(30)).build()) {
            Session session = client.login(DemoData.JONAS_EMAIL, Secrets.password(DemoData.JONAS_PASSWORD));
            clock.advance(Duration.ofMinutes(20)); // both sides see the access token as expired

            callMeFromManyThreads(session);

            assertEquals(1, sandbox.counters().successfulRefreshes());
            assertEquals(1, sandbox.counters().requests("POST", "/api/v1/auth/refresh"));
            assertEquals(0, sandbox.exchanges().stream().filter(e -> e.status() == 401).count(),
                    "the client refreshed before sending: no request went out with the expired token");
            ExchangeConformance.assertAllConform(sandbox);
            session.close();
        }
    }

    private static void callMeFromManyThreads(Session session) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return session.me().accountId();
                }));
            }
            start.countDown();
            for (Future<String> result : results) {
                assertEquals(DemoData.JONAS_ACCOUNT_ID, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
