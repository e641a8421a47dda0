package lt.savitarna.sdk.testkit.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExchangeLogTest {

    @Test
    void recordsRequestsAndJsonResponses() {
        try (SandboxServer sandbox = SandboxServer.builder().start()) {
            Http http = new Http(sandbox);
            String token = http.accessToken(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD);
            http.get("/api/v1/me/representations?limit=2").bearer(token).header("X-Request-Id", "trace-1").send();
            http.post("/_sandbox/accounts/" + DemoData.ONA_EMAIL + "/confirm-identity",
                    "{\"personalCode\":\"" + DemoData.ONA_PERSONAL_CODE + "\"}").send();

            List<SandboxExchange> exchanges = sandbox.exchanges();
            assertEquals(2, exchanges.size(), "sandbox hooks are not recorded");

            SandboxExchange login = exchanges.get(0);
            assertEquals("POST", login.method());
            assertEquals("/api/v1/auth/password", login.pathTemplate());
            assertTrue(login.requestBodyText().contains(DemoData.JONAS_EMAIL));
            assertEquals("application/json", login.requestHeader("Content-Type").orElseThrow());
            assertEquals(200, login.status());
            assertTrue(login.responseBodyText().contains("accessToken"));
            assertFalse(login.toString().contains(DemoData.JONAS_PASSWORD), "toString shows no bodies");

            SandboxExchange page = exchanges.get(1);
            assertEquals("GET", page.method());
            assertEquals("/api/v1/me/representations", page.path());
            assertEquals("limit=2", page.query());
            assertEquals("trace-1", page.requestHeader("x-request-id").orElseThrow());
            assertEquals("trace-1", page.responseHeader("X-Request-Id").orElseThrow());
            assertEquals("application/json", page.responseHeader("content-type").orElseThrow());
            assertEquals(0, page.requestBody().length);
            assertFalse(page.faulted());
            assertNull(page.fault());

            byte[] body = page.responseBody();
            body[0] = 'X';
            assertArrayEquals("{".getBytes(StandardCharsets.UTF_8), new byte[] {page.responseBody()[0]},
                    "bodies are copied");

            sandbox.clearExchanges();
            assertTrue(sandbox.exchanges().isEmpty());
        }
    }

    @Test
    void recordsProblemsFaultsAndUnroutedRequests() {
        try (SandboxServer sandbox = SandboxServer.builder().start()) {
            Http http = new Http(sandbox);
            sandbox.faults().add(SandboxFault.on("GET", "/api/v1/companies").unavailable(Duration.ofSeconds(1)));
            http.get("/api/v1/me").send();
            http.get("/api/v1/companies").send();
            http.get("/api/v1/unknown").send();

            List<SandboxExchange> exchanges = sandbox.exchanges();
            assertEquals(401, exchanges.get(0).status());
            assertEquals("application/problem+json", exchanges.get(0).responseHeader("Content-Type").orElseThrow());
            assertTrue(exchanges.get(0).responseBodyText().contains("UNAUTHENTICATED"));
            assertEquals("STATUS", exchanges.get(1).fault());
            assertEquals(503, exchanges.get(1).status());
            assertNull(exchanges.get(2).pathTemplate());
            assertEquals(1, sandbox.counters().requests("GET", "/api/v1/unknown"));
        }
    }

    @Test
    void keepsOnlyTheNewestExchanges() {
        try (SandboxServer sandbox = SandboxServer.builder().exchangeLogCapacity(3).start()) {
            Http http = new Http(sandbox);
            for (int i = 0; i < 5; i++) {
                http.get("/api/v1/me").header("X-Request-Id", "n" + i).send();
            }
            List<String> ids = sandbox.exchanges().stream()
                    .map(e -> e.requestHeader("X-Request-Id").orElseThrow()).toList();
            assertEquals(List.of("n2", "n3", "n4"), ids);
        }
    }
}
