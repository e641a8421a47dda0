package lt.savitarna.sdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        sandbox.reset(); // each example starts from the demo data, whatever the others changed
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

    @Test
    void documentChangeFeedResumesFromItsCursor(SandboxServer sandbox) throws Exception {
        int first = DocumentChangeFeed.run(portal, work);
        assertEquals(DemoData.DOCUMENTS_PER_DEMO_REPRESENTATION, first, output());
        assertTrue(Files.isRegularFile(work.resolve(DemoData.LATEST_INVOICE_ID).resolve(
                sandbox.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID)
                        .document(DemoData.LATEST_INVOICE_ID).orElseThrow().fileName())), output());

        assertEquals(0, DocumentChangeFeed.run(portal, work), "nothing new since the stored cursor: " + output());

        sandbox.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID).deleteDocument(DemoData.LATEST_INVOICE_ID);
        assertEquals(1, DocumentChangeFeed.run(portal, work), output());
        assertFalse(Files.exists(work.resolve(DemoData.LATEST_INVOICE_ID)), output());
    }

    @Test
    void documentSyncHandsEveryDocumentToTheErp() {
        assertEquals(DemoData.DOCUMENTS_PER_DEMO_REPRESENTATION, DocumentSyncToErp.run(portal, work), output());
        assertTrue(output().contains("handed to the ERP"), output());
    }

    @Test
    void helpDeskRepliesShowsTheAnswerAndThanks(SandboxServer sandbox) {
        assertEquals(1, HelpDeskReplies.run(portal), output());
        assertTrue(output().contains("company: Kreditinė sąskaita bus išrašyta"), output());
        assertTrue(output().contains("grazinimo-aktas.pdf"), output());
        assertEquals(0, HelpDeskReplies.run(portal), "the reply reopened the request: " + output());
    }

    @Test
    void loyaltyOpenOrdersCancelsWhatCanStillBeCancelled(SandboxServer sandbox) {
        int cancelled = LoyaltyOpenOrders.run(portal);
        assertTrue(cancelled >= 1, output());
        assertTrue(output().contains("CANCELLED"), output());
        assertEquals(0, LoyaltyOpenOrders.run(portal), "nothing cancellable is left: " + output());
    }
}
