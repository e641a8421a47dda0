package lt.savitarna.sdk.examples.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.Workspace;
import lt.savitarna.sdk.document.Document;
import lt.savitarna.sdk.document.DocumentState;
import lt.savitarna.sdk.error.NotFoundException;
import lt.savitarna.sdk.loyalty.OrderState;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxAccount;
import lt.savitarna.sdk.testkit.sandbox.SandboxDocument;
import lt.savitarna.sdk.testkit.sandbox.SandboxExchange;
import lt.savitarna.sdk.testkit.sandbox.SandboxExtension;
import lt.savitarna.sdk.testkit.sandbox.SandboxFault;
import lt.savitarna.sdk.testkit.sandbox.SandboxIdentity;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;
import lt.savitarna.sdk.testkit.sandbox.SandboxWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a test can do to the sandbox besides calling its API: seed documents, act as the portal's
 * staff, confirm an identity without a phone, make calls fail, and read back counters and the
 * exchanges on the wire. The extension in an instance field gives every test a fresh sandbox.
 */
class SandboxTestHooksExampleTest {

    @RegisterExtension
    final SandboxExtension sandboxPerTest = new SandboxExtension();

    // Records the client's waits instead of sleeping, so retries cost no time.
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private SavitarnaClient client;

    private SavitarnaClient client(SandboxServer sandbox) {
        client = SavitarnaClient.builder().baseUri(sandbox.baseUri()).sleeper(waits::add).build();
        return client;
    }

    @AfterEach
    void closeClient() {
        if (client != null) {
            client.close();
        }
    }

    @Test
    void aSeededInvoiceIsWhatTheClientReads(SandboxServer sandbox) {
        // @start region=seed-invoice
        SandboxWorkspace farm = sandbox.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
        String invoiceId = farm.addDocument(SandboxDocument.builder("INVOICE", "PVM sąskaita faktūra")
                .number("AGK-0004711").amount("1250.00").build());
        farm.updateDocument(invoiceId, invoice -> invoice.toBuilder().state("PAID").build());
        // @end

        try (Session session = client(sandbox).login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray())) {
            Document invoice = session.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID).documents()
                    .get(invoiceId);
            assertEquals("AGK-0004711", invoice.number());
            assertEquals(DocumentState.PAID, invoice.state());
        }
    }

    @Test
    void theStaffConfirmsAnOrderAndWithdrawsAnInvoice(SandboxServer sandbox) {
        try (Session session = client(sandbox).login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray())) {
            Workspace workspace = session.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
            // @start region=staff-actions
            SandboxWorkspace farm = sandbox.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
            farm.setOrderState(DemoData.PLACED_ORDER_ID, "CONFIRMED"); // as the portal's staff would
            farm.deleteDocument(DemoData.LATEST_INVOICE_ID);

            assertEquals(OrderState.CONFIRMED, workspace.loyalty().getOrder(DemoData.PLACED_ORDER_ID).state());
            assertThrows(NotFoundException.class, () -> workspace.documents().get(DemoData.LATEST_INVOICE_ID));
            // @end
        }
    }

    @Test
    void theClientRetriesAnUnavailablePortal(SandboxServer sandbox) {
        try (Session session = client(sandbox).login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray())) {
            // @start region=faults
            sandbox.faults().add(SandboxFault.on("GET", "/api/v1/me").times(2).unavailable(Duration.ofSeconds(1)));

            assertEquals(DemoData.JONAS_FIRST_NAME, session.me().firstName());
            assertEquals(0, sandbox.faults().pending(), "both 503s were answered");
            assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), waits, "the client obeyed Retry-After");
            // @end
        }
    }

    @Test
    void onlyTheLoginCarriesThePassword(SandboxServer sandbox) {
        try (Session session = client(sandbox).login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray())) {
            session.me();
            session.representations().stream().count();
        }
        // @start region=exchanges
        for (SandboxExchange exchange : sandbox.exchanges()) {
            boolean login = exchange.path().equals("/api/v1/auth/password");
            assertEquals(login, exchange.requestBodyText().contains(DemoData.JONAS_PASSWORD), exchange.toString());
            assertFalse(exchange.responseBodyText().contains(DemoData.JONAS_PASSWORD), exchange.toString());
        }
        // @end
        assertFalse(sandbox.exchanges().isEmpty());
    }

    @Test
    void onaIsAMemberWhoseIdentityIsNotConfirmed(SandboxServer sandbox) {
        // @start region=account
        SandboxAccount ona = sandbox.account(DemoData.ONA_EMAIL).orElseThrow();
        assertTrue(ona.zemynaMember());
        assertFalse(ona.identityConfirmed());
        // @end
    }

    @Test
    void aTestConfirmsAnIdentityWithoutAPhone(SandboxServer sandbox) {
        // @start region=confirm-identity
        SandboxAccount ona = sandbox.confirmIdentity(DemoData.ONA_EMAIL,
                SandboxIdentity.mobileId(DemoData.ONA_PERSONAL_CODE, DemoData.ONA_GIVEN_NAME, DemoData.ONA_SURNAME));
        assertTrue(ona.identityConfirmed());
        // @end

        try (Session session = client(sandbox).login(DemoData.ONA_EMAIL, DemoData.ONA_PASSWORD.toCharArray())) {
            assertTrue(session.isIdentityConfirmed());
        }
    }
}
