package lt.savitarna.sdk.it.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.Workspace;
import lt.savitarna.sdk.account.Registration;
import lt.savitarna.sdk.document.Document;
import lt.savitarna.sdk.document.DownloadResult;
import lt.savitarna.sdk.error.IdentityNotConfirmedException;
import lt.savitarna.sdk.error.NotFoundException;
import lt.savitarna.sdk.help.HelpQuestion;
import lt.savitarna.sdk.help.HelpRequest;
import lt.savitarna.sdk.help.Upload;
import lt.savitarna.sdk.help.UploadedFile;
import lt.savitarna.sdk.loyalty.Order;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxExtension;
import lt.savitarna.sdk.testkit.sandbox.SandboxFault;
import lt.savitarna.sdk.testkit.sandbox.SandboxIdentity;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Workspaces through the real client against the sandbox: scope isolation, the identity rule,
 * resumed downloads, exactly-once orders and help uploads; every exchange held to the contract.
 */
class WorkspaceEndToEndTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    @TempDir
    Path downloads;

    private SandboxServer sandbox;
    private SavitarnaClient client;
    private Session jonas;

    @BeforeEach
    void setUp() {
        sandbox = SANDBOX.server();
        sandbox.counters().reset();
        client = SavitarnaClient.builder().baseUri(sandbox.baseUri())
                .sleeper(pause -> { }) // backoff is not slept in tests
                .build();
        jonas = client.login(DemoData.JONAS_EMAIL, Secrets.password(DemoData.JONAS_PASSWORD));
    }

    @AfterEach
    void everyExchangeConformsToTheContract() {
        jonas.close();
        client.close();
        ExchangeConformance.assertAllConform(sandbox);
    }

    @Test
    void twoWorkspacesOfOneSessionSeeOnlyTheirOwnPartysDocumentsFromTwoThreads() {
        Workspace javuLaukas = jonas.workspace(DemoData.AGROKONCERNAS_ID, DemoData.JAVU_LAUKAS_PARTY_ID);
        Workspace zaliojiDirva = jonas.workspace(DemoData.AGROKONCERNAS_ID, DemoData.ZALIOJI_DIRVA_PARTY_ID);

        CompletableFuture<Set<String>> first = CompletableFuture.supplyAsync(() -> ids(javuLaukas));
        CompletableFuture<Set<String>> second = CompletableFuture.supplyAsync(() -> ids(zaliojiDirva));
        Set<String> javuLaukasIds = first.join();
        Set<String> zaliojiDirvaIds = second.join();

        assertEquals(DemoData.DOCUMENTS_PER_DEMO_REPRESENTATION, javuLaukasIds.size());
        assertEquals(DemoData.DOCUMENTS_PER_DEMO_REPRESENTATION, zaliojiDirvaIds.size());
        assertTrue(javuLaukasIds.stream().noneMatch(zaliojiDirvaIds::contains), "no document is in both workspaces");

        String foreign = zaliojiDirvaIds.iterator().next();
        NotFoundException notHere = assertThrows(NotFoundException.class, () -> javuLaukas.documents().get(foreign));
        assertEquals(404, notHere.status());
        assertEquals(foreign, zaliojiDirva.documents().get(foreign).id());
    }

    private static Set<String> ids(Workspace workspace) {
        return workspace.documents().list().stream().map(Document::id).collect(Collectors.toSet());
    }

    @Test
    void documentCallsBeforeIdentityConfirmationRaiseTheDistinctExceptionAndWorkAfterIt() {
        // a fresh account, not confirmed: every document call is refused with the distinct exception
        String email2 = "e2e-" + UUID.randomUUID().toString().substring(0, 8) + "@example.lt";
        client.accounts().register(Registration.builder().firstName("Rūta").lastName("Rūtaitė").email(email2)
                .password(Secrets.password("Rutos-slaptazodis-8")).acceptPrivacyPolicyAndRules(true).build());
        try (Session ruta = client.login(email2, Secrets.password("Rutos-slaptazodis-8"))) {
            Workspace guess = ruta.workspace(DemoData.AGROKONCERNAS_ID, "p_any");
            IdentityNotConfirmedException list = assertThrows(IdentityNotConfirmedException.class,
                    () -> guess.documents().list().stream().count());
            IdentityNotConfirmedException get = assertThrows(IdentityNotConfirmedException.class,
                    () -> guess.documents().get("doc_any"));
            assertThrows(IdentityNotConfirmedException.class, () -> guess.documents().download("doc_any", downloads));
            for (IdentityNotConfirmedException refused : List.of(list, get)) {
                assertTrue(refused.message(Locale.ENGLISH).contains("Smart-ID"), refused.message(Locale.ENGLISH));
                assertTrue(refused.message(Locale.forLanguageTag("lt")).contains("Smart-ID"));
            }

            sandbox.confirmIdentity(email2, SandboxIdentity.smartId(Secrets.personalCode("49001011238"), "RŪTA", "RŪTAITĖ"));
            ruta.refreshState();
            Workspace own = ruta.workspace(ruta.representations().stream().findFirst().orElseThrow());
            List<Document> documents = own.documents().list().stream().toList();
            assertEquals(DemoData.DOCUMENTS_PER_OTHER_REPRESENTATION, documents.size());
            DownloadResult file = own.documents().download(documents.get(0).id(), downloads);
            assertEquals(documents.get(0).file().sha256(), file.sha256());
        }
    }

    @Test
    void aDownloadCutInTheMiddleResumesWhereItStopped() throws Exception {
        Workspace main = jonas.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
        Document invoice = main.documents().get(DemoData.LATEST_INVOICE_ID);
        sandbox.faults().add(SandboxFault.on("GET", ".*/documents/" + DemoData.LATEST_INVOICE_ID + "/content")
                .times(1).truncateBody());

        DownloadResult result = main.documents().download(invoice.id(), downloads);

        assertTrue(result.resumedFrom() > 0, "the second request continued from the cut: " + result);
        assertEquals(invoice.file().sha256(), result.sha256());
        assertEquals(invoice.file().sha256(), sha256(result.file()));
        assertTrue(sandbox.exchanges().stream().anyMatch(e -> e.path().endsWith("/content")
                && e.requestHeader("range").orElse("").startsWith("bytes=" + result.resumedFrom() + "-")
                && e.status() == 206), "the resumption was a range request answered 206");
        try (var left = Files.list(downloads)) {
            assertEquals(List.of(result.file()), left.toList(), "no partial file is left beside the result");
        }
    }

    @Test
    void aHostileFileNameFromThePortalStaysInsideTheTargetFolder() throws Exception {
        Workspace main = jonas.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
        Document hostile = main.documents().get(DemoData.UNSAFE_FILE_NAME_DOCUMENT_ID);
        assertEquals(DemoData.UNSAFE_FILE_NAME, hostile.file().name());

        DownloadResult result = main.documents().download(hostile.id(), downloads);

        assertEquals(downloads, result.file().getParent(), "no path traversal: " + result.file());
        String name = result.file().getFileName().toString();
        assertFalse(name.contains("..") || name.contains("/") || name.contains(":") || name.chars().anyMatch(c -> c < 0x20), name);
        // like a browser, only the last path segment of a name the server sends counts, control characters dropped
        assertEquals("2025.pdf", name);
        assertEquals(hostile.file().sha256(), sha256(result.file()));
    }

    @Test
    void anOrderWhoseResponseIsLostIsPlacedOnce() {
        Workspace main = jonas.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
        sandbox.faults().add(SandboxFault.on("POST", ".*/loyalty/orders").times(1).dropAfterCommit());
        long before = sandbox.counters().ordersForOffer(DemoData.FERTILISER_OFFER_ID);

        Order order = main.loyalty().order(DemoData.FERTILISER_OFFER_ID, new BigDecimal("2"));

        assertEquals(before + 1, sandbox.counters().ordersForOffer(DemoData.FERTILISER_OFFER_ID));
        assertEquals(2, sandbox.counters().requests("POST",
                "/api/v1/companies/{companyId}/parties/{partyId}/loyalty/orders"), "the cut attempt and its retry");
        assertEquals(order.id(), main.loyalty().getOrder(order.id()).id());
        assertTrue(main.loyalty().orders().stream().anyMatch(o -> o.id().equals(order.id())));
    }

    @Test
    void aHelpQuestionWithAnAttachmentIsStoredOnceThoughTheUploadIsCut() throws Exception {
        Workspace main = jonas.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
        HelpRequest request = main.help().ask(HelpQuestion.builder()
                .topic("Trūksta dokumentų").question("Įkeliu žemės nuomos sutarties kopiją.").build());
        Path scan = Files.write(downloads.resolve("nuomos-sutartis.pdf"), "%PDF-1.4\n%%EOF\n".getBytes());
        sandbox.faults().add(SandboxFault.on("POST", ".*/help/requests/[^/]+/attachments").times(1).dropAfterCommit());
        long before = sandbox.counters().uploads();

        UploadedFile uploaded = main.help().attach(request.id(), Upload.of(scan));

        assertEquals(before + 1, sandbox.counters().uploads());
        assertEquals("nuomos-sutartis.pdf", uploaded.fileName());
        assertFalse(main.help().contacts().toString().isBlank());
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
