package lt.savitarna.sdk.it.chaos;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.Workspace;
import lt.savitarna.sdk.account.ConsentChange;
import lt.savitarna.sdk.account.Registration;
import lt.savitarna.sdk.document.Document;
import lt.savitarna.sdk.document.DocumentState;
import lt.savitarna.sdk.document.DownloadResult;
import lt.savitarna.sdk.document.SignedDocument;
import lt.savitarna.sdk.help.HelpQuestion;
import lt.savitarna.sdk.help.HelpRequest;
import lt.savitarna.sdk.help.Upload;
import lt.savitarna.sdk.help.UploadedFile;
import lt.savitarna.sdk.it.e2e.Secrets;
import lt.savitarna.sdk.loyalty.Order;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxDocument;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;

/**
 * The operations one chaos worker runs, each through the public client only; what the client
 * was asked to do and what it acknowledged goes into the {@link ChaosLedger}.
 */
final class ChaosOperations {

    private final SandboxServer sandbox;
    private final SavitarnaClient client;
    private final Session jonas;
    private final Session own;
    private final String ownEmail;
    private final String ownPassword;
    private final Path folder;
    private final ChaosSigner signer;
    Boolean lastAcknowledgedConsent;
    boolean consentUncertain;

    ChaosOperations(SandboxServer sandbox, SavitarnaClient client, Session jonas, Session own, String ownEmail,
                    String ownPassword, Path folder, ChaosSigner signer) {
        this.sandbox = sandbox;
        this.client = client;
        this.jonas = jonas;
        this.own = own;
        this.ownEmail = ownEmail;
        this.ownPassword = ownPassword;
        this.folder = folder;
        this.signer = signer;
    }

    void register(int n, ChaosLedger ledger) {
        String email = "chaos-" + n + "@example.lt";
        String password = "Chaoso-slaptazodis-" + n;
        ledger.registration(email, false);
        client.accounts().register(Registration.builder().firstName("Chaosas").lastName("Nr" + n).email(email)
                .password(Secrets.password(password)).acceptPrivacyPolicyAndRules(true)
                .directMarketing(n % 2 == 0).build());
        ledger.registration(email, true);
    }

    void login() {
        try (Session session = client.login(ownEmail, Secrets.password(ownPassword))) {
            Secrets.rendered(session);
        }
    }

    void order(int n, Random random, ChaosLedger ledger) {
        String party = ChaosTest.PARTIES.get(random.nextInt(ChaosTest.PARTIES.size()));
        String offer = ChaosTest.OFFERS.get(random.nextInt(ChaosTest.OFFERS.size()));
        Workspace workspace = jonas.workspace(DemoData.AGROKONCERNAS_ID, party);
        String key = "chaos-" + n + "-" + UUID.randomUUID();
        ledger.orderAttempt(key, party);
        Order order = workspace.loyalty().order(offer, BigDecimal.ONE, key);
        ledger.orderAcknowledged(key, order.id());
        Secrets.rendered(order);
        // cancelled again so that the offer's stock lasts through any number of operations
        Secrets.rendered(workspace.loyalty().cancel(order.id(), "chaos"));
    }

    void help(int n, Random random, ChaosLedger ledger) throws IOException {
        String party = ChaosTest.PARTIES.get(random.nextInt(ChaosTest.PARTIES.size()));
        Workspace workspace = jonas.workspace(DemoData.AGROKONCERNAS_ID, party);
        String topic = "Chaosas #" + n;
        ledger.question(topic, false);
        HelpRequest request = workspace.help().ask(HelpQuestion.of(topic, "Klausimas nr. " + n + ": kur sąskaita?"));
        ledger.question(topic, true);
        Secrets.rendered(request);

        Path file = folder.resolve("chaos-priedas-" + n + ".pdf");
        Files.write(file, ("%PDF-1.4\n% priedas " + n + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8));
        ledger.attachment(file.getFileName().toString(), false);
        UploadedFile uploaded = workspace.help().attach(request.id(), Upload.of(file));
        ledger.attachment(uploaded.fileName(), true);
        Secrets.rendered(uploaded);
        Files.deleteIfExists(file);
    }

    void download(String party, Document document, Random random) throws IOException {
        Workspace workspace = jonas.workspace(DemoData.AGROKONCERNAS_ID, party);
        String expected = document.file().sha256();
        String actual;
        switch (random.nextInt(3)) {
            case 0 -> {
                DownloadResult result = workspace.documents().download(document.id(), folder);
                Secrets.rendered(result);
                actual = ChaosTest.sha256(Files.readAllBytes(result.file()));
                if (!expected.equals(result.sha256())) {
                    throw new AssertionError("download reported " + result.sha256() + " for " + document.id());
                }
                Files.delete(result.file());
            }
            case 1 -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                workspace.documents().download(document.id(), out);
                actual = ChaosTest.sha256(out.toByteArray());
            }
            default -> {
                try (InputStream in = workspace.documents().open(document.id())) {
                    actual = ChaosTest.sha256(ChaosTest.readAll(in));
                }
            }
        }
        if (!expected.equals(actual)) {
            throw new AssertionError("corrupt bytes of " + document.id() + ": " + actual + " != " + expected);
        }
    }

    /**
     * Signs a contract of its own: one is put into the workspace just before (through the sandbox's
     * hook, where no fault reaches), so every signature has a document nobody else touches.
     */
    void sign(int n, Random random, ChaosLedger ledger) {
        String party = ChaosTest.PARTIES.get(random.nextInt(ChaosTest.PARTIES.size()));
        String contractId = sandbox.workspace(DemoData.AGROKONCERNAS_ID, party).addDocument(
                SandboxDocument.builder("CONTRACT", "Chaoso sutartis nr. " + n).number("CHAOS-" + n).build());
        ledger.signatureAttempt(contractId, party);
        SignedDocument signed = jonas.workspace(DemoData.AGROKONCERNAS_ID, party).documents()
                .sign(contractId, signer.provider(), signer.identity(), SigningListener.none());
        Secrets.rendered(signed);
        if (!contractId.equals(signed.document().id()) || !DocumentState.SIGNED.equals(signed.document().state())) {
            throw new AssertionError("signing " + contractId + " acknowledged " + signed.document().id() + " "
                    + signed.document().state());
        }
        ledger.signatureAcknowledged(contractId, signed.signatureId());
    }

    void consent(Random random) {
        boolean value = random.nextBoolean();
        consentUncertain = true; // until acknowledged, the change may or may not have been applied
        Secrets.rendered(own.updateConsents(ConsentChange.builder().directMarketing(value).build()));
        lastAcknowledgedConsent = value;
        consentUncertain = false;
    }
}
