package lt.savitarna.sdk.testkit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import lt.savitarna.sdk.testkit.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionTest {

    private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-24T10:15:30Z"));
    private SandboxServer sandbox;
    private Http http;

    @BeforeEach
    void start() {
        sandbox = SandboxServer.builder().clock(clock).accessTokenTtl(Duration.ofMinutes(5)).start();
        http = new Http(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void passwordLoginIssuesBearerTokens() {
        Http.Reply reply = http.login(DemoData.ONA_EMAIL, DemoData.ONA_PASSWORD);

        assertEquals(200, reply.status());
        assertEquals("no-store", reply.header("Cache-Control").orElseThrow());
        JsonObject tokens = reply.json();
        assertEquals("Bearer", tokens.getString("tokenType"));
        assertTrue(tokens.getString("accessToken").startsWith("at_"));
        assertTrue(tokens.getString("refreshToken").startsWith("rt_"));
        assertTrue(tokens.getString("accessToken").matches("at_[A-Za-z0-9_-]{40,}"), "URL-safe random");
        assertEquals(300, tokens.getInt("expiresIn"), "the configured access TTL");
        assertEquals(2_592_000, tokens.getInt("refreshExpiresIn"));
        assertEquals(DemoData.ONA_ACCOUNT_ID, tokens.getString("accountId"));
        assertFalse(tokens.getBoolean("identityConfirmed"));
        assertTrue(http.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD).json().getBoolean("identityConfirmed"));
    }

    @Test
    void emailIsCaseInsensitiveButThePasswordIsNot() {
        assertEquals(200, http.login(DemoData.JONAS_EMAIL.toUpperCase(), DemoData.JONAS_PASSWORD).status());
        Http.Reply wrong = http.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toLowerCase());
        assertEquals(401, wrong.status());
        assertEquals("INVALID_CREDENTIALS", wrong.code());
        assertEquals("INVALID_CREDENTIALS", http.login("nobody@example.lt", "whatever-123").code());
        assertEquals("VALIDATION_FAILED", http.post("/api/v1/auth/password", "{\"email\":\"x@y.lt\"}").send().code());
    }

    @Test
    void refreshRotatesTheRefreshToken() {
        JsonObject login = http.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD).json();
        String oldRefresh = login.getString("refreshToken");

        Http.Reply rotated = refresh(oldRefresh, null);
        assertEquals(200, rotated.status());
        String newRefresh = rotated.json().getString("refreshToken");
        assertNotEquals(oldRefresh, newRefresh);
        assertEquals(200, me(rotated.json().getString("accessToken")).status());

        Http.Reply replayedOld = refresh(oldRefresh, null);
        assertEquals(401, replayedOld.status());
        assertEquals("INVALID_REFRESH_TOKEN", replayedOld.code());
        assertEquals(200, refresh(newRefresh, null).status());
        assertEquals(2, sandbox.counters().successfulRefreshes());
        assertEquals("INVALID_REFRESH_TOKEN", refresh("rt_unknown", null).code());
    }

    @Test
    void aRefreshRepeatedWithItsKeyReturnsTheSameNewPair() {
        String refreshToken = http.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD).json().getString("refreshToken");
        String key = Http.newKey();

        Http.Reply first = refresh(refreshToken, key);
        Http.Reply repeat = refresh(refreshToken, key);

        assertEquals(200, repeat.status());
        assertEquals(first.json().getString("refreshToken"), repeat.json().getString("refreshToken"));
        assertEquals("true", repeat.header("Idempotent-Replayed").orElseThrow());
        assertEquals(1, sandbox.counters().successfulRefreshes());
    }

    @Test
    void expiredAccessTokenIsTokenExpiredAndRefreshHelps() {
        JsonObject login = http.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD).json();
        clock.advance(Duration.ofMinutes(5));

        Http.Reply expired = me(login.getString("accessToken"));
        assertEquals(401, expired.status());
        assertEquals("TOKEN_EXPIRED", expired.code());

        Http.Reply refreshed = refresh(login.getString("refreshToken"), null);
        assertEquals(200, me(refreshed.json().getString("accessToken")).status());
    }

    @Test
    void expiredRefreshTokenIsInvalid() {
        String refreshToken = http.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD).json().getString("refreshToken");
        clock.advance(Duration.ofDays(30));
        assertEquals("INVALID_REFRESH_TOKEN", refresh(refreshToken, null).code());
    }

    @Test
    void missingOrMalformedBearerIsUnauthenticated() {
        Http.Reply none = http.get("/api/v1/me").send();
        assertEquals(401, none.status());
        assertEquals("UNAUTHENTICATED", none.code());
        assertEquals("Bearer", none.header("WWW-Authenticate").orElseThrow());
        assertEquals("UNAUTHENTICATED", http.get("/api/v1/me").header("Authorization", "Basic abc").send().code());
        assertEquals("UNAUTHENTICATED", http.get("/api/v1/me").bearer("at_forged").send().code());
    }

    @Test
    void logoutRevokesBothTokensAndMayBeRepeated() {
        JsonObject login = http.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD).json();
        String access = login.getString("accessToken");
        String refreshToken = login.getString("refreshToken");
        String body = "{\"refreshToken\":\"" + refreshToken + "\"}";

        assertEquals(204, http.post("/api/v1/auth/logout", body).bearer(access).send().status());
        assertEquals("UNAUTHENTICATED", me(access).code());
        assertEquals("INVALID_REFRESH_TOKEN", refresh(refreshToken, null).code());
        assertEquals(204, http.post("/api/v1/auth/logout", body).bearer(access).send().status(), "twice is fine");

        assertEquals("UNAUTHENTICATED", http.post("/api/v1/auth/logout", body).send().code());
    }

    @Test
    void logoutEndsTokensRotatedInTheSameSession() {
        JsonObject login = http.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD).json();
        JsonObject rotated = refresh(login.getString("refreshToken"), null).json();

        http.post("/api/v1/auth/logout", "{\"refreshToken\":\"" + rotated.getString("refreshToken") + "\"}")
                .bearer(login.getString("accessToken")).send();

        assertEquals("UNAUTHENTICATED", me(rotated.getString("accessToken")).code());
        assertEquals("INVALID_REFRESH_TOKEN", refresh(rotated.getString("refreshToken"), null).code());
    }

    @Test
    void anotherSessionSurvivesLogout() {
        String first = http.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD).json().getString("accessToken");
        JsonObject second = http.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD).json();

        http.post("/api/v1/auth/logout", "{\"refreshToken\":\"" + second.getString("refreshToken") + "\"}")
                .bearer(second.getString("accessToken")).send();

        assertEquals(200, me(first).status());
    }

    private Http.Reply me(String accessToken) {
        return http.get("/api/v1/me").bearer(accessToken).send();
    }

    private Http.Reply refresh(String refreshToken, String key) {
        Http.Call call = http.post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refreshToken + "\"}");
        return key == null ? call.send() : call.key(key).send();
    }
}
