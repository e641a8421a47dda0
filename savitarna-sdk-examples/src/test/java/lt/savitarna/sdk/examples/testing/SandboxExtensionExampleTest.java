package lt.savitarna.sdk.examples.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.Workspace;
import lt.savitarna.sdk.document.Document;
import lt.savitarna.sdk.document.DocumentQuery;
import lt.savitarna.sdk.document.DocumentType;
import lt.savitarna.sdk.document.DownloadResult;
import lt.savitarna.sdk.loyalty.Order;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxExtension;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Testing an integration end to end against the sandbox with the JUnit 5 extension: one stateful
 * in-process portal for the class, the real client, the demo customer's data.
 */
class SandboxExtensionExampleTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    private static SavitarnaClient client;

    @BeforeAll
    static void connect(SandboxServer sandbox) {
        client = SavitarnaClient.builder().baseUri(sandbox.baseUri()).build();
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void theDemoCustomerSeesHisFarmsAndTheirInvoices(@TempDir Path archive) {
        // @start region=demo-customer
        try (Session session = client.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray())) {
            assertEquals(DemoData.JONAS_REPRESENTATION_COUNT, session.representations().stream().count());

            Workspace farm = session.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
            Document invoice = farm.documents()
                    .list(DocumentQuery.builder().types(DocumentType.INVOICE).pageSize(5).build())
                    .stream().findFirst().orElseThrow();
            DownloadResult saved = farm.documents().download(invoice.id(), archive);
            assertTrue(Files.isRegularFile(saved.file()));
            assertEquals(invoice.file().sha256(), saved.sha256(), "the SDK verified the checksum");
        }
        // @end
    }

    @Test
    void aRetriedOrderIsPlacedOnce(SandboxServer sandbox) {
        try (Session session = client.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray())) {
            Workspace farm = session.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
            // @start region=idempotent-order
            Order order = farm.loyalty().order(DemoData.FERTILISER_OFFER_ID, new BigDecimal("2.5"), "erp-line-4711");
            Order again = farm.loyalty().order(DemoData.FERTILISER_OFFER_ID, new BigDecimal("2.5"), "erp-line-4711");

            assertEquals(order.id(), again.id(), "the same idempotency key returns the first order");
            assertEquals(1, sandbox.counters().ordersWithIdempotencyKey("erp-line-4711"));
            // @end
        }
    }
}
