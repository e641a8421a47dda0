package lt.savitarna.sdk.testkit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class SandboxExtensionPerTestTest {

    private static final Set<Integer> PORTS = new HashSet<>();

    @RegisterExtension
    final SandboxExtension sandbox = new SandboxExtension();

    @RepeatedTest(2)
    void anInstanceFieldStartsAServerPerTest(SandboxServer server) {
        assertEquals(200, new Http(server).login(DemoData.ONA_EMAIL, DemoData.ONA_PASSWORD).status());
        PORTS.add(server.port());
    }

    @AfterAll
    static void twoServersWereStarted() {
        assertEquals(2, PORTS.size());
        assertNotEquals(0, PORTS.iterator().next());
    }
}
