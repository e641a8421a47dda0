package lt.savitarna.sdk.testkit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class ServerLifecycleTest {

    @Test
    void bindsToLoopbackOnAnEphemeralPortAndStops() {
        SandboxServer sandbox = SandboxServer.builder().build();
        assertThrows(IllegalStateException.class, sandbox::baseUri, "not started yet");
        sandbox.start();
        URI base = sandbox.baseUri();
        assertEquals("127.0.0.1", base.getHost());
        assertTrue(sandbox.port() > 0);
        assertThrows(IllegalStateException.class, sandbox::start);
        Http http = new Http(sandbox);

        sandbox.close();
        sandbox.close();

        assertThrows(IllegalStateException.class, sandbox::start, "closed for good");
        IOException refused = assertThrows(IOException.class, () -> http.get("/api/v1/me").sendOrThrow());
        assertTrue(refused instanceof ConnectException || refused.getCause() instanceof ConnectException, refused::toString);
    }

    @Test
    void runsOnACallerSuppliedExecutorWithoutShuttingItDown() {
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            try (SandboxServer sandbox = SandboxServer.builder().executor(executor).start()) {
                assertEquals(200, new Http(sandbox).login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD).status());
            }
            assertFalse(executor.isShutdown());
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void resetRestoresTheSeedAndForgetsEverythingElse() {
        try (SandboxServer sandbox = SandboxServer.builder().start()) {
            Http http = new Http(sandbox);
            String key = Http.newKey();
            http.register("temporary@example.lt", key);
            sandbox.confirmIdentity(DemoData.ONA_EMAIL, SandboxIdentity.mobileId(DemoData.ONA_PERSONAL_CODE, "ONA", "P"));
            sandbox.faults().add(SandboxFault.on("*", ".*").times(5).status(503));

            sandbox.reset();

            assertEquals(0, sandbox.counters().accountsWithEmail("temporary@example.lt"));
            assertEquals(2, sandbox.counters().accounts());
            assertEquals(0, sandbox.faults().pending());
            assertTrue(sandbox.exchanges().isEmpty());
            assertFalse(sandbox.account(DemoData.ONA_EMAIL).orElseThrow().identityConfirmed());
            assertTrue(sandbox.account(DemoData.JONAS_EMAIL).orElseThrow().identityConfirmed());
            Http.Reply again = http.register("temporary@example.lt", key);
            assertEquals(201, again.status());
            assertTrue(again.header("Idempotent-Replayed").isEmpty(), "the ledger was cleared too");
        }
    }

    @Test
    void canStartWithoutDemoAccounts() {
        try (SandboxServer sandbox = SandboxServer.builder().demoAccounts(false).start()) {
            assertEquals(0, sandbox.counters().accounts());
            assertEquals(401, new Http(sandbox).login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD).status());
        }
    }

    @Test
    void builderRejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> SandboxServer.builder().port(-1));
        assertThrows(IllegalArgumentException.class, () -> SandboxServer.builder().accessTokenTtl(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> SandboxServer.builder().exchangeLogCapacity(-1));
        assertThrows(IllegalArgumentException.class, () -> SandboxFault.on("GET", "(").status(503));
        assertThrows(IllegalArgumentException.class, () -> SandboxFault.on("GET", "/x").times(0));
        assertThrows(IllegalArgumentException.class, () -> SandboxFault.on("GET", "/x").status(200));
        assertThrows(IllegalArgumentException.class, () -> new SandboxIdentity("123", "SMART_ID", "A", "B"));
    }
}
