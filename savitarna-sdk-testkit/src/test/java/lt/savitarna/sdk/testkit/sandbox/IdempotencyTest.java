package lt.savitarna.sdk.testkit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IdempotencyTest {

    private static SandboxServer sandbox;
    private static Http http;

    @BeforeAll
    static void start() {
        sandbox = SandboxServer.builder().start();
        http = new Http(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void sameKeyAndBodyReplaysTheFirstResponse() {
        String key = Http.newKey();
        Http.Reply first = http.register("replay@example.lt", key);
        Http.Reply second = http.register("replay@example.lt", key);

        assertEquals(201, first.status());
        assertFalse(first.header("Idempotent-Replayed").isPresent());
        assertEquals(201, second.status());
        assertEquals("true", second.header("Idempotent-Replayed").orElseThrow());
        assertEquals(first.body(), second.body());
        assertEquals("/api/v1/me", second.header("Location").orElseThrow());
        assertEquals(1, sandbox.counters().accountsWithEmail("replay@example.lt"));
    }

    @Test
    void sameKeyWithAnotherBodyOrPathIsReused() {
        String key = Http.newKey();
        assertEquals(201, http.register("first@example.lt", key).status());

        Http.Reply otherBody = http.register("second@example.lt", key);
        assertEquals(422, otherBody.status());
        assertEquals("IDEMPOTENCY_KEY_REUSED", otherBody.code());
        assertEquals(0, sandbox.counters().accountsWithEmail("second@example.lt"));

        Http.Reply otherPath = http.post("/api/v1/auth/password",
                "{\"email\":\"first@example.lt\",\"password\":\"slaptas-123\"}").key(key).send();
        assertEquals(422, otherPath.status(), "another path with the key is another request");
        assertEquals("IDEMPOTENCY_KEY_REUSED", otherPath.code());
    }

    @Test
    void aFailedAttemptReleasesTheKey() {
        String key = Http.newKey();
        Http.Reply refused = http.post("/api/v1/registrations",
                Http.registration("Ona", "Pe", "fixed@example.lt", "weak", true)).key(key).send();
        assertEquals(422, refused.status());

        Http.Reply corrected = http.register("fixed@example.lt", key);
        assertEquals(201, corrected.status(), "nothing was stored for the failed attempt");
        assertFalse(corrected.header("Idempotent-Replayed").isPresent());
    }

    @Test
    void concurrentRequestsWithOneKeyCreateExactlyOneAccount() throws Exception {
        String key = Http.newKey();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Http.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                replies.add(pool.submit(() -> {
                    go.await();
                    return http.register("concurrent@example.lt", key);
                }));
            }
            go.countDown();
            List<Http.Reply> results = new ArrayList<>();
            for (Future<Http.Reply> reply : replies) {
                results.add(reply.get());
            }

            assertEquals(1, sandbox.counters().accountsWithEmail("concurrent@example.lt"));
            for (Http.Reply reply : results) {
                if (reply.status() == 409) {
                    assertEquals("IDEMPOTENCY_KEY_IN_USE", reply.code());
                    assertEquals("1", reply.header("Retry-After").orElseThrow());
                } else {
                    assertEquals(201, reply.status(), reply::toString);
                }
            }
            Set<String> accountIds = results.stream().filter(r -> r.status() == 201)
                    .map(r -> r.json().getString("accountId")).collect(Collectors.toSet());
            assertEquals(1, accountIds.size(), "every success is the same account");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keysOfAuthenticatedRequestsBelongToTheCaller() {
        String key = Http.newKey();
        String jonas = http.accessToken(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD);
        String ona = http.accessToken(DemoData.ONA_EMAIL, DemoData.ONA_PASSWORD);

        Http.Reply forJonas = http.patch("/api/v1/me/consents", "{\"directMarketing\":true}").bearer(jonas).key(key).send();
        Http.Reply forOna = http.patch("/api/v1/me/consents", "{\"directMarketing\":true}").bearer(ona).key(key).send();

        assertEquals(200, forJonas.status());
        assertEquals(200, forOna.status());
        assertFalse(forOna.header("Idempotent-Replayed").isPresent(), "Ona must not get Jonas's stored result");
        assertNotEquals(forJonas.json().getBoolean("zemynaClub"), forOna.json().getBoolean("zemynaClub"));
    }

    @Test
    void loginWithAKeyReplaysTheSameTokens() {
        String key = Http.newKey();
        String body = "{\"email\":\"" + DemoData.JONAS_EMAIL + "\",\"password\":\"" + DemoData.JONAS_PASSWORD + "\"}";
        Http.Reply first = http.post("/api/v1/auth/password", body).key(key).send();
        Http.Reply again = http.post("/api/v1/auth/password", body).key(key).send();

        assertEquals(first.json().getString("accessToken"), again.json().getString("accessToken"));
        assertTrue(again.header("Idempotent-Replayed").isPresent());
    }
}
