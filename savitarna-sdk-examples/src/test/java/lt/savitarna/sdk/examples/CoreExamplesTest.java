package lt.savitarna.sdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import lt.savitarna.sdk.Page;
import lt.savitarna.sdk.PagedIterable;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.account.Profile;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxFault;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the examples of the client, the session, workspaces and accounts, and shows test helpers. */
class CoreExamplesTest {

    @TempDir
    Path folder;

    @Test
    void accountOverviewShowsTheProfileAndChangesAConsent() {
        Profile[] shown = new Profile[1];
        String printed = run(portal -> shown[0] = AccountOverview.run(portal));
        assertEquals(DemoData.JONAS_EMAIL, shown[0].email());
        assertTrue(printed.contains("Identity confirmed with Smart-ID"), printed);
        assertTrue(printed.contains("Group company " + DemoData.GRUDAI_NAME), printed);
        assertTrue(printed.contains("Direct marketing now: " + !shown[0].consents().directMarketing()), printed);
    }

    @Test
    void workspaceTourDownloadsAnInvoice() throws Exception {
        Path[] downloaded = new Path[1];
        String printed = run(portal -> downloaded[0] = WorkspaceTour.run(portal, folder));
        assertTrue(Files.size(downloaded[0]) > 0, printed);
        assertTrue(printed.contains("Session IDENTITY_CONFIRMED"), printed);
        assertTrue(printed.contains("A page of 1 representation(s), more to come: false"), printed);
        assertTrue(printed.contains(DemoData.DOCUMENTS_PER_DEMO_REPRESENTATION + " documents"), printed);
        assertTrue(printed.contains("2.5 t at 289.00 EUR cost 722.500 EUR"), printed);
        assertTrue(printed.contains("Downloaded all " + Files.size(downloaded[0]) + " bytes"), printed);
    }

    @Test
    void aPagedIterableCanBeBuiltFromAnyPageFetcher() {
        // @start region=fake-pages
        PagedIterable<String> letters = PagedIterable.of(cursor -> cursor == null
                ? Page.of(List.of("a", "b"), "2") : Page.of(List.of("c"), null));
        // @end
        assertEquals(List.of("a", "b", "c"), letters.stream().toList());
        assertEquals(2, letters.pages().count());
    }

    @Test
    void retriesWaitAsLongAsThePortalAsks() {
        try (SandboxServer sandbox = SandboxServer.builder().start()) {
            char[] password = DemoData.JONAS_PASSWORD.toCharArray();
            // @start region=record-waits
            List<Duration> waits = new CopyOnWriteArrayList<>();
            try (SavitarnaClient client = SavitarnaClient.builder()
                    .baseUri(sandbox.baseUri())
                    .sleeper(waits::add) // records the waits instead of sleeping, so the test takes no time
                    .build();
                 Session session = client.login(DemoData.JONAS_EMAIL, password)) { // @replace regex="DemoData.JONAS_EMAIL" replacement="email"
                sandbox.faults().add(SandboxFault.on("GET", "/api/v1/me").times(2).unavailable(Duration.ofSeconds(3)));
                session.me();
            }
            assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(3)), waits);
            // @end
        }
    }

    /** Runs an example against a new sandbox and returns what it printed. */
    static String run(Consumer<ExamplePortal> example) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (SandboxServer sandbox = SandboxServer.builder().start()) {
            example.accept(ExamplePortal.around(sandbox, new PrintStream(buffer, true, StandardCharsets.UTF_8)));
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
