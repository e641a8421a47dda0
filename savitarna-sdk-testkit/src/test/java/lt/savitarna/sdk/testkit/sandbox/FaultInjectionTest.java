package lt.savitarna.sdk.testkit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {

    private SandboxServer sandbox;
    private Http http;

    @BeforeEach
    void start() {
        sandbox = SandboxServer.builder().start();
        http = new Http(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void unavailableAnswers503WithRetryAfterThenRecovers() {
        sandbox.faults().add(SandboxFault.on("GET", "/api/v1/companies").times(2).unavailable(Duration.ofSeconds(3)));
        String token = jonas();

        for (int i = 0; i < 2; i++) {
            Http.Reply reply = http.get("/api/v1/companies").bearer(token).header("X-Request-Id", "r-" + i).send();
            assertEquals(503, reply.status());
            assertEquals("SERVICE_UNAVAILABLE", reply.code());
            assertEquals("3", reply.header("Retry-After").orElseThrow());
            assertEquals("r-" + i, reply.json().getString("requestId"));
        }
        assertEquals(200, http.get("/api/v1/companies").bearer(token).send().status());
        assertEquals(3, sandbox.counters().requests("GET", "/api/v1/companies"));
        assertEquals(0, sandbox.faults().pending());
    }

    @Test
    void rateLimitedAndCustomStatuses() {
        sandbox.faults()
                .add(SandboxFault.on("POST", "/api/v1/auth/password").rateLimited(Duration.ofMillis(1500)))
                .add(SandboxFault.on("POST", "/api/v1/auth/password").status(500))
                .add(SandboxFault.on("*", "/api/v1/auth/.*").status(403, "FORBIDDEN"));

        Http.Reply limited = http.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD);
        assertEquals(429, limited.status());
        assertEquals("RATE_LIMITED", limited.code());
        assertEquals("2", limited.header("Retry-After").orElseThrow(), "rounded up to whole seconds");

        Http.Reply internal = http.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD);
        assertEquals(500, internal.status());
        assertEquals("INTERNAL_ERROR", internal.code());
        assertEquals("application/problem+json", internal.header("Content-Type").orElseThrow());

        Http.Reply forbidden = http.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD);
        assertEquals(403, forbidden.status());
        assertEquals("FORBIDDEN", forbidden.code());
        assertEquals(200, http.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD).status());
    }

    @Test
    void dropBeforeProcessingClosesTheConnectionAndChangesNothing() {
        sandbox.faults().add(SandboxFault.on("POST", "/api/v1/registrations").dropBeforeProcessing());
        String key = Http.newKey();

        assertThrows(IOException.class, () -> http.post("/api/v1/registrations",
                Http.registration("Ona", "Pe", "dropped@example.lt", "slaptas-123", true)).key(key).sendOrThrow());
        assertEquals(0, sandbox.counters().accountsWithEmail("dropped@example.lt"));

        Http.Reply retry = http.register("dropped@example.lt", key);
        assertEquals(201, retry.status());
        assertFalse(retry.header("Idempotent-Replayed").isPresent(), "the first attempt never reached the ledger");
        assertEquals(2, sandbox.counters().requests("POST", "/api/v1/registrations"));
    }

    @Test
    void dropAfterCommitLeavesExactlyOneAccountAfterARetryWithTheSameKey() {
        sandbox.faults().add(SandboxFault.on("POST", "/api/v1/registrations").dropAfterCommit());
        String key = Http.newKey();

        assertThrows(IOException.class, () -> http.post("/api/v1/registrations",
                Http.registration("Ona", "Testaitė", "committed@example.lt", "slaptas-123", true)).key(key).sendOrThrow());
        assertEquals(1, sandbox.counters().accountsWithEmail("committed@example.lt"), "the change was committed");

        Http.Reply retry = http.register("committed@example.lt", key);
        assertEquals(201, retry.status());
        assertEquals("true", retry.header("Idempotent-Replayed").orElseThrow());
        assertEquals(sandbox.account("committed@example.lt").orElseThrow().accountId(),
                retry.json().getString("accountId"));
        assertEquals(1, sandbox.counters().accountsWithEmail("committed@example.lt"));
    }

    @Test
    void truncatedBodyFailsTheClientAfterTheChangeWasMade() {
        sandbox.faults().add(SandboxFault.on("POST", "/api/v1/registrations").truncateBody());

        assertThrows(IOException.class, () -> http.post("/api/v1/registrations",
                Http.registration("Ona", "Pe", "truncated@example.lt", "slaptas-123", true)).key(Http.newKey())
                .sendOrThrow());

        assertEquals(1, sandbox.counters().accountsWithEmail("truncated@example.lt"));
        SandboxExchange recorded = sandbox.exchanges().get(sandbox.exchanges().size() - 1);
        assertEquals("TRUNCATE_BODY", recorded.fault());
        assertEquals(201, recorded.status());
    }

    @Test
    void delayedResponseOutlastsAShortClientTimeout() throws IOException {
        sandbox.faults().add(SandboxFault.on("GET", "/api/v1/me").delay(Duration.ofSeconds(5)));
        String token = jonas();

        assertThrows(HttpTimeoutException.class, () ->
                http.get("/api/v1/me").bearer(token).timeout(Duration.ofMillis(200)).sendOrThrow());
        assertEquals(200, http.get("/api/v1/me").bearer(token).sendOrThrow().status(), "only the first is slow");
    }

    @Test
    void delayedResponseArrivesAfterTheDelay() throws IOException {
        sandbox.faults().add(SandboxFault.on("GET", "/api/v1/companies").delay(Duration.ofMillis(150)));
        String token = jonas();
        long started = System.nanoTime();

        Http.Reply reply = http.get("/api/v1/companies").bearer(token).sendOrThrow();

        assertEquals(200, reply.status());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 150);
    }

    @Test
    void malformedJsonCannotBeParsed() {
        sandbox.faults().add(SandboxFault.on("GET", "/api/v1/companies").malformedJson());

        Http.Reply reply = http.get("/api/v1/companies").bearer(jonas()).send();

        assertEquals(200, reply.status());
        assertTrue(reply.header("Content-Type").orElseThrow().startsWith("application/json"));
        assertThrows(JsonException.class, () -> Json.createReader(new StringReader(reply.body())).readObject());
    }

    @Test
    void faultsMatchMethodAndWholePath() {
        sandbox.faults().add(SandboxFault.on("GET", "/api/v1/me").status(503));
        String token = jonas();

        assertEquals(200, http.get("/api/v1/me/representations").bearer(token).send().status(), "whole path only");
        assertEquals(405, http.delete("/api/v1/me").bearer(token).send().status(), "other method");
        assertEquals(1, sandbox.faults().pending());
        assertEquals(503, http.get("/api/v1/me").bearer(token).send().status());
    }

    @Test
    void faultsCanBeManagedOverHttp() {
        Http.Reply added = http.post("/_sandbox/faults", "{\"method\":\"POST\",\"path\":\"/api/v1/auth/password\","
                + "\"times\":2,\"action\":\"STATUS\",\"status\":429,\"retryAfterSeconds\":4}").send();
        assertEquals(201, added.status(), added::toString);
        assertEquals(2, sandbox.faults().pending());

        JsonObject listed = http.get("/_sandbox/faults").send().json().getJsonArray("items").getJsonObject(0);
        assertEquals("STATUS", listed.getString("action"));
        assertEquals(2, listed.getInt("remaining"));
        assertEquals("RATE_LIMITED", listed.getString("code"));

        Http.Reply limited = http.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD);
        assertEquals(429, limited.status());
        assertEquals("4", limited.header("Retry-After").orElseThrow());

        assertEquals(204, http.delete("/_sandbox/faults").send().status());
        assertEquals(0, sandbox.faults().pending());
        assertEquals(200, http.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD).status());

        http.post("/_sandbox/faults", "{\"path\":\"/api/v1/registrations\",\"action\":\"DROP_AFTER_COMMIT\"}").send();
        assertThrows(IOException.class, () -> http.post("/api/v1/registrations",
                Http.registration("A", "B", "over.http@example.lt", "slaptas-123", true)).key(Http.newKey())
                .sendOrThrow());
        assertEquals(1, sandbox.counters().accountsWithEmail("over.http@example.lt"));

        Http.Reply invalid = http.post("/_sandbox/faults", "{\"path\":\"(\",\"action\":\"NOPE\"}").send();
        assertEquals(400, invalid.status());
    }

    @Test
    void countersAreReadableOverHttp() {
        http.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD);
        http.get("/api/v1/me").send();

        JsonObject counters = http.get("/_sandbox/counters").send().json();

        assertEquals(1, counters.getJsonObject("requests").getInt("POST /api/v1/auth/password"));
        assertEquals(1, counters.getJsonObject("requests").getInt("GET /api/v1/me"));
        assertFalse(counters.getJsonObject("requests").keySet().stream().anyMatch(k -> k.contains("_sandbox")));
        assertEquals(0, counters.getInt("successfulRefreshes"));
        assertEquals(1, counters.getJsonObject("accounts").getInt(DemoData.ONA_EMAIL));

        assertEquals(204, http.delete("/_sandbox/counters").send().status());
        assertEquals(0, sandbox.counters().requests("GET", "/api/v1/me"));
        assertEquals(2, sandbox.counters().accounts(), "accounts stay");
    }

    private String jonas() {
        return http.accessToken(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD);
    }
}
