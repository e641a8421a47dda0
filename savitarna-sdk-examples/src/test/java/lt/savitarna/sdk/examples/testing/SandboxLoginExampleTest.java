package lt.savitarna.sdk.examples.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxExtension;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The smallest end-to-end test against the sandbox: the JUnit 5 extension in a static field runs
 * one sandbox for the class and hands it to the tests that ask for it.
 */
// @start region=extension
class SandboxLoginExampleTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    @Test
    void theDemoCustomerLogsIn(SandboxServer sandbox) {
        try (SavitarnaClient client = SavitarnaClient.builder().baseUri(sandbox.baseUri()).build();
             Session session = client.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray())) {
            assertEquals(DemoData.JONAS_FIRST_NAME, session.me().firstName());
        }
    }
}
// @end
