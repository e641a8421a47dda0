package lt.savitarna.sdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import lt.savitarna.sdk.help.UploadedFile;
import lt.savitarna.sdk.loyalty.Order;
import lt.savitarna.sdk.sync.SyncResult;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxExtension;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Runs each workspace example against the sandbox and checks what it printed and did. */
class WorkspaceExamplesTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    @TempDir
    Path work;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private ExamplePortal portal;

    @BeforeEach
    void setUp(SandboxServer sandbox) {
        portal = ExamplePortal.around(sandbox, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void invoiceImportDownloadsThisMonthsInvoicesOfEveryWorkspace() throws Exception {
        int imported = InvoiceImport.run(portal, work);
        assertTrue(imported >= DemoData.JONAS_REPRESENTATION_COUNT, output());
        try (var files = Files.walk(work)) {
            assertEquals(imported, files.filter(Files::isRegularFile).count(), "one file per invoice, nothing half-written");
        }
        assertTrue(output().contains("100%"), "a progress bar was drawn: " + output());
    }

    @Test
    void documentSyncFetchesNothingTwice() {
        SyncResult second = DocumentSyncService.run(portal, work);
        assertEquals(0, second.created() + second.updated() + second.deleted(), output());
        assertTrue(output().contains(DemoData.DOCUMENTS_PER_DEMO_REPRESENTATION + " created"), output());
    }

    @Test
    void loyaltyOrderingJoinsOrdersAndShowsTheHistory() {
        Order order = LoyaltyOrdering.run(portal);
        assertTrue(output().contains("Žemyna: MEMBER"), output());
        assertTrue(output().contains(order.offerTitle()), output());
        assertTrue(output().contains("Order history:"), output());
    }

    @Test
    void helpDeskUploadAsksAndAttaches() throws Exception {
        Path document = HelpDeskUpload.scannedDocument();
        UploadedFile uploaded = HelpDeskUpload.run(portal, document);
        assertEquals(Files.size(document), uploaded.size());
        assertTrue(output().contains(DemoData.CONTACTS_URL), output());
    }
}
