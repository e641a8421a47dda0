package lt.savitarna.sdk.testkit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxExtensionTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension(() -> SandboxServer.builder()
            .accessTokenTtl(Duration.ofMinutes(1)));

    private static URI firstBaseUri;

    @Test
    @Order(1)
    void injectsAStartedServerAndLeavesAFault(SandboxServer sandbox) {
        assertSame(SANDBOX.server(), sandbox);
        firstBaseUri = sandbox.baseUri();
        assertEquals(60, new Http(sandbox).login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD)
                .json().getInt("expiresIn"), "configured by the supplier");
        sandbox.faults().add(SandboxFault.on("GET", "/api/v1/companies").status(503));
        assertEquals(1, sandbox.faults().pending());
    }

    @Test
    @Order(2)
    void oneServerPerClassWithFaultsCleared(SandboxServer sandbox) {
        assertEquals(firstBaseUri, sandbox.baseUri());
        assertEquals(0, sandbox.faults().pending());
    }

    @Nested
    class Inner {
        @Test
        void nestedClassesShareTheServer(SandboxServer sandbox) {
            assertEquals(firstBaseUri == null ? sandbox.baseUri() : firstBaseUri, sandbox.baseUri());
        }
    }
}
