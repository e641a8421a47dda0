package lt.savitarna.sdk.examples.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.testkit.StandaloneMain;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxMain;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;
import lt.savitarna.sdk.testkit.sk.SimulatorsMain;
import lt.savitarna.sdk.testkit.sk.SmartIdSimulator;
import lt.savitarna.sdk.testkit.sk.SmartIdTestAccount;
import org.junit.jupiter.api.Test;

/**
 * The testkit's standalone programs, for testing from another process or another language: the
 * sandbox ({@code java -jar savitarna-sdk-testkit-<version>-standalone.jar --port 8080}) and the
 * Smart-ID and Mobile-ID simulators (the same jar with the command {@code simulators}). Started
 * in-process they return instead of serving until stopped.
 */
class StandaloneExampleTest {

    @Test
    void theSandboxProgramPrintsWhereItListens() {
        // @start region=sandbox-main
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (SandboxServer sandbox = SandboxMain.start(new String[] {"--port", "0"}, new PrintStream(printed, true, UTF_8));
             SavitarnaClient client = SavitarnaClient.builder().baseUri(sandbox.baseUri()).build();
             Session session = client.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray())) {
            assertTrue(printed.toString(UTF_8).contains("listening on " + sandbox.baseUri()));
            assertEquals(DemoData.JONAS_FIRST_NAME, session.me().firstName());
        }
        // @end
    }

    @Test
    void theSimulatorsProgramAnswersOverHttps() throws Exception {
        // What the program prints lists the test people's personal codes: kept out of the build log.
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, UTF_8);
        // @start region=simulators-main
        String[] args = {"--smart-id-port", "0", "--mobile-id-port", "0"};
        try (SimulatorsMain.Simulators simulators = SimulatorsMain.start(args, out)) { // @replace regex="args, out" replacement="args, System.out"
            SmartIdSimulator smartId = simulators.smartId();
            HttpClient https = HttpClient.newBuilder().sslContext(smartId.pki().sslContext()).build();
            HttpRequest choice = HttpRequest.newBuilder(smartId.baseUri()
                            .resolve("certificatechoice/etsi/" + SmartIdTestAccount.OK.semanticsIdentifier()))
                    .header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString("{\"relyingPartyUUID\":\"" + SmartIdSimulator.DEMO_RELYING_PARTY_UUID
                            + "\",\"relyingPartyName\":\"" + SmartIdSimulator.DEMO_RELYING_PARTY_NAME + "\"}"))
                    .build();
            assertEquals(200, https.send(choice, BodyHandlers.ofString()).statusCode());
        }
        // @end
        assertTrue(printed.toString(UTF_8).contains("Smart-ID RP API v2"));
    }

    @Test
    void theStandaloneProgramServesAnotherProcess() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        // @start region=standalone-process
        Process standalone = new ProcessBuilder(java, "-cp", classPath, StandaloneMain.class.getName(), "--port", "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader printed = standalone.inputReader(UTF_8)) {
            String listening = printed.readLine(); // Savitarna sandbox listening on http://127.0.0.1:PORT
            URI portal = URI.create(listening.substring(listening.lastIndexOf(' ') + 1));
            try (SavitarnaClient client = SavitarnaClient.builder().baseUri(portal).build();
                 Session session = client.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray())) {
                assertEquals(DemoData.JONAS_FIRST_NAME, session.me().firstName());
            }
        } finally {
            standalone.destroy(); // stops it as Ctrl+C would
        }
        // @end
        assertTrue(standalone.waitFor(30, TimeUnit.SECONDS), "the program stopped");
    }
}
