package lt.savitarna.sdk.it.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.SessionState;
import lt.savitarna.sdk.Workspace;
import lt.savitarna.sdk.account.Profile;
import lt.savitarna.sdk.account.Registration;
import lt.savitarna.sdk.account.Representation;
import lt.savitarna.sdk.document.DocumentState;
import lt.savitarna.sdk.document.DocumentType;
import lt.savitarna.sdk.document.Document;
import lt.savitarna.sdk.document.SignedDocument;
import lt.savitarna.sdk.error.IdentityNotConfirmedException;
import lt.savitarna.sdk.signature.SignatureRefusedException;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signature.VerificationCode;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.signature.identity.PhoneNumber;
import lt.savitarna.sdk.signing.MobileIdProvider;
import lt.savitarna.sdk.signing.SmartIdProvider;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxExchange;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;
import lt.savitarna.sdk.testkit.sandbox.SignatureTrust;
import lt.savitarna.sdk.testkit.sk.MobileIdSimulator;
import lt.savitarna.sdk.testkit.sk.MobileIdTestUser;
import lt.savitarna.sdk.testkit.sk.SmartIdSimulator;
import lt.savitarna.sdk.testkit.sk.SmartIdTestAccount;
import lt.savitarna.sdk.testkit.sk.TestPki;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The e-signature flows end to end: the real client and the real Smart-ID and Mobile-ID providers
 * over HTTPS against the SK simulators, and the sandbox trusting only the simulators' CA; every
 * exchange with the sandbox held to the contract.
 */
class SigningEndToEndTest {

    private static final TestPki PKI = TestPki.generate();
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String SESSIONS_PROPERTY = "signing.sessions";
    private static final int PORTAL_WORKERS = 16;
    private static final int SANDBOX_WORKERS = 8;
    private static final int PORTAL_HTTP_WORKERS = 4;
    /**
     * Threads that come with the first flows whatever their number (see {@link #waitingLogins}):
     * the SK providers' shared 4 + 1, the simulator's 4 + 1, selector threads, and some slack.
     */
    private static final int THREAD_ALLOWANCE = 16;
    private static final int WAVE = 100;

    private static SmartIdSimulator smartIdSim;
    private static MobileIdSimulator mobileIdSim;
    private static SmartIdProvider smartId;
    private static MobileIdProvider mobileId;

    @TempDir
    Path downloads;

    private final List<SandboxServer> sandboxes = new ArrayList<>();
    private final List<SavitarnaClient> clients = new ArrayList<>();

    @BeforeAll
    static void startSimulators() {
        smartIdSim = SmartIdSimulator.builder().pki(PKI).completionDelay(Duration.ofMillis(20)).start();
        mobileIdSim = MobileIdSimulator.builder().pki(PKI).completionDelay(Duration.ofMillis(20)).start();
        smartId = SkServices.smartId(smartIdSim);
        mobileId = SkServices.mobileId(mobileIdSim);
    }

    @AfterAll
    static void stopSimulators() {
        smartIdSim.close();
        mobileIdSim.close();
    }

    @AfterEach
    void everyExchangeConformsToTheContract() {
        clients.forEach(SavitarnaClient::close);
        try {
            for (SandboxServer sandbox : sandboxes) {
                ExchangeConformance.assertAllConform(sandbox);
            }
        } finally {
            sandboxes.forEach(SandboxServer::close);
        }
    }

    @Test
    void aNewAccountConfirmsItsIdentityWithSmartIdAndThenSeesDocuments() {
        // Without demo accounts nobody holds the Smart-ID demo person yet, so the new account may.
        SavitarnaClient client = client(sandbox(SandboxServer.builder().demoAccounts(false)));
        String email = "naujas." + System.nanoTime() + "@example.lt";
        client.accounts().register(Registration.builder().firstName("Jonas").lastName("Naujokas").email(email)
                .password(Secrets.password("Naujas-slaptazodis-7")).acceptPrivacyPolicyAndRules(true).build());
        try (Session session = client.login(email, Secrets.password("Naujas-slaptazodis-7"))) {
            Workspace guessed = session.workspace(DemoData.AGROKONCERNAS_ID, "p_self_any");
            IdentityNotConfirmedException refused = assertThrows(IdentityNotConfirmedException.class,
                    () -> guessed.documents().list().stream().findFirst());
            Secrets.rendered(refused);
            assertEquals(SessionState.IDENTITY_UNCONFIRMED, session.state());

            Codes codes = new Codes();
            Profile profile = session.confirmIdentity(smartId, SignerIdentity.of(PersonalCode.parse(
                    Secrets.personalCode(SmartIdTestAccount.OK.personalCode()))), codes);

            assertEquals(SessionState.IDENTITY_CONFIRMED, session.state());
            assertTrue(profile.identity().confirmed());
            assertEquals("3*********4", profile.identity().personalCodeMasked());
            assertEquals(1, codes.seen.size(), "the verification code was shown once");
            Representation self = session.representations().stream().findFirst().orElseThrow();
            session.workspace(self).documents().list().stream().limit(3).forEach(d -> assertFalse(d.id().isEmpty()));
        }
    }

    @Test
    void aNewAccountConfirmsWithSmartIdThenSignsAContractWithMobileIdAndDownloadsTheContainer() throws IOException {
        // The chain for one person: password login, refused, Smart-ID confirmation, documents,
        // then a contract signed with Mobile-ID. Without demo accounts the person is nobody's yet.
        SavitarnaClient client = client(sandbox(SandboxServer.builder().demoAccounts(false)));
        String email = "abu." + System.nanoTime() + "@example.lt";
        client.accounts().register(Registration.builder().firstName("Marija").lastName("Testaitė").email(email)
                .password(Secrets.password("Abu-parasai-2026")).acceptPrivacyPolicyAndRules(true).build());
        String code = Secrets.personalCode(SmartIdTestAccount.OK_ALSO_MOBILE_ID.personalCode());
        assertEquals(MobileIdTestUser.OK.nationalIdentityNumber(), code, "one person holds both");
        try (Session session = client.login(email, Secrets.password("Abu-parasai-2026"))) {
            Workspace guessed = session.workspace(DemoData.AGROKONCERNAS_ID, "p_self_any");
            assertThrows(IdentityNotConfirmedException.class, () -> guessed.documents().list().stream().findFirst());

            session.confirmIdentity(smartId, SignerIdentity.of(PersonalCode.parse(code)), new Codes());
            assertEquals(SessionState.IDENTITY_CONFIRMED, session.state());
            Workspace own = session.workspace(session.representations().stream().findFirst().orElseThrow());
            Document contract = own.documents().list().stream()
                    .filter(d -> DocumentType.CONTRACT.equals(d.type()) && DocumentState.AWAITING_SIGNATURE.equals(d.state()))
                    .findFirst().orElseThrow();

            Codes signCodes = new Codes();
            SignedDocument signed = own.documents().sign(contract.id(), mobileId,
                    SignerIdentity.mobileId(PhoneNumber.parse(MobileIdTestUser.OK.phoneNumber()), PersonalCode.parse(code)),
                    signCodes);
            assertEquals(DocumentState.SIGNED, signed.document().state());
            assertEquals(1, signCodes.seen.size(), "the person compared one verification code");

            Path container = downloads.resolve("abu.asice");
            assertEquals(own.documents().downloadSignedContainer(contract.id(), container), Files.size(container));
            assertAsicE(container);
        }
    }

    @Test
    void onaConfirmsWithMobileIdSignsTheContractAndDownloadsTheContainer() throws IOException {
        SandboxServer sandbox = sandbox(SandboxServer.builder());
        String partyId = sandbox.grantRepresentation(DemoData.ONA_PERSONAL_CODE, DemoData.MAIN_COMPANY_ID,
                DemoData.JAVU_LAUKAS_NAME, DemoData.JAVU_LAUKAS_CODE);
        assertEquals(DemoData.MAIN_PARTY_ID, partyId);
        SavitarnaClient client = client(sandbox);
        SignerIdentity ona = SignerIdentity.mobileId(PhoneNumber.parse(MobileIdTestUser.OK.phoneNumber()),
                PersonalCode.parse(Secrets.personalCode(DemoData.ONA_PERSONAL_CODE)));
        try (Session session = client.login(DemoData.ONA_EMAIL, Secrets.password(DemoData.ONA_PASSWORD))) {
            Workspace ws = session.workspace(DemoData.MAIN_COMPANY_ID, partyId);
            assertThrows(IdentityNotConfirmedException.class,
                    () -> ws.documents().get(DemoData.CONTRACT_AWAITING_SIGNATURE_ID));

            Codes confirmCodes = new Codes();
            session.confirmIdentity(mobileId, ona, confirmCodes);
            assertEquals(SessionState.IDENTITY_CONFIRMED, session.state());
            assertEquals(DocumentState.AWAITING_SIGNATURE,
                    ws.documents().get(DemoData.CONTRACT_AWAITING_SIGNATURE_ID).state());

            Codes signCodes = new Codes();
            SignedDocument signed = ws.documents().sign(DemoData.CONTRACT_AWAITING_SIGNATURE_ID, mobileId, ona,
                    signCodes);
            assertEquals(DocumentState.SIGNED, signed.document().state());
            assertEquals(1, signCodes.seen.size(), "the person compared one verification code");
            assertTrue(signCodes.seen.get(0).digits().matches("\\d{4}"));

            Path container = downloads.resolve("sutartis.asice");
            long size = ws.documents().downloadSignedContainer(DemoData.CONTRACT_AWAITING_SIGNATURE_ID, container);
            assertEquals(Files.size(container), size);
            assertAsicE(container);
        }
    }

    @Test
    void jonasLogsInWithSmartId() {
        SavitarnaClient client = client(sandbox(SandboxServer.builder()));
        Codes codes = new Codes();
        try (Session session = client.login(smartId, SignerIdentity.of(PersonalCode.parse(
                Secrets.personalCode(DemoData.JONAS_PERSONAL_CODE))), codes)) {
            assertEquals(DemoData.JONAS_ACCOUNT_ID, session.accountId());
            assertEquals(SessionState.IDENTITY_CONFIRMED, session.state());
            assertEquals(1, codes.seen.size());
            assertEquals(DemoData.JONAS_REPRESENTATION_COUNT, session.representations().stream().count());
        }
    }

    @Test
    void aRefusalOnThePhoneIsATypedErrorInBothLanguages() {
        SavitarnaClient client = client(sandbox(SandboxServer.builder()));
        SignatureRefusedException refused = assertThrows(SignatureRefusedException.class, () -> client.login(
                smartId, SignerIdentity.of(PersonalCode.parse(SmartIdTestAccount.USER_REFUSED.personalCode())),
                SigningListener.none()));
        String lt = refused.message(Locale.forLanguageTag("lt"));
        String en = refused.message(Locale.ENGLISH);
        assertFalse(lt.isBlank());
        assertFalse(en.isBlank());
        assertNotEquals(lt, en);
        Secrets.rendered(refused);
    }

    @Test
    void cancellingASigningFlowStopsPollingAndDeletesThePendingSignature() throws Exception {
        SandboxServer sandbox = sandbox(SandboxServer.builder());
        SavitarnaClient client = client(sandbox);
        try (SmartIdSimulator manual = SmartIdSimulator.builder().pki(PKI).completeManually().start();
             Session jonas = client.login(DemoData.JONAS_EMAIL, Secrets.password(DemoData.JONAS_PASSWORD))) {
            SmartIdProvider provider = SkServices.smartId(manual);
            Workspace ws = jonas.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
            CountDownLatch codeShown = new CountDownLatch(1);
            CompletableFuture<SignedDocument> pending = ws.documents().signAsync(
                    DemoData.CONTRACT_AWAITING_SIGNATURE_ID, provider,
                    SignerIdentity.of(PersonalCode.parse(DemoData.JONAS_PERSONAL_CODE)), new SigningListener() {
                        @Override
                        public void verificationCode(VerificationCode code) {
                            codeShown.countDown();
                        }
                    });
            await(() -> manual.sessions().size() == 1); // the certificate choice waits for the phone
            String certificateChoice = manual.sessions().get(0).sessionId();
            await(() -> manual.complete(certificateChoice)); // its answer is registered just after the session
            assertTrue(codeShown.await(WAIT.toSeconds(), TimeUnit.SECONDS), "the signing step started");

            assertTrue(pending.cancel(true));
            assertThrows(CancellationException.class, pending::join);
            await(() -> deletes(sandbox) == 1);
            await(() -> manual.waitingPolls() == 0);
            SandboxExchange delete = sandbox.exchanges().stream().filter(e -> e.method().equals("DELETE"))
                    .findFirst().orElseThrow();
            assertEquals(204, delete.status());
            assertTrue(delete.path().contains("/documents/" + DemoData.CONTRACT_AWAITING_SIGNATURE_ID
                    + "/signatures/sig_"), delete.path());
            assertEquals(DocumentState.AWAITING_SIGNATURE,
                    ws.documents().get(DemoData.CONTRACT_AWAITING_SIGNATURE_ID).state());
        }
    }

    @Test
    void twoHundredLoginsWaitOnThePhonesAtOnceOnABoundedNumberOfThreads() throws Exception {
        waitingLogins(200);
    }

    /** The benchmark: {@code -Dsigning.sessions=1000} (any number) also prints the heap they use. */
    @Test
    @EnabledIfSystemProperty(named = SESSIONS_PROPERTY, matches = "[1-9][0-9]*")
    void manyLoginsWaitOnThePhonesAtOnce() throws Exception {
        waitingLogins(Integer.getInteger(SESSIONS_PROPERTY));
    }

    /**
     * Starts {@code n} e-signature logins whose people do not answer until told to, waits until
     * all {@code n} hold a long poll on the simulator, counts the JVM's live threads then, and only
     * then has everybody answer. A thread per waiting person would show as {@code n} more threads.
     */
    private void waitingLogins(int n) throws Exception {
        ExecutorService portalWorkers = Executors.newFixedThreadPool(PORTAL_WORKERS);
        ExecutorService sandboxWorkers = Executors.newFixedThreadPool(SANDBOX_WORKERS);
        ExecutorService portalHttp = Executors.newFixedThreadPool(PORTAL_HTTP_WORKERS);
        try (SmartIdSimulator manual = SmartIdSimulator.builder().pki(PKI).completeManually().start()) {
            SandboxServer sandbox = sandbox(SandboxServer.builder().executor(sandboxWorkers)
                    .exchangeLogCapacity(4 * n + 100));
            SavitarnaClient client = SavitarnaClient.builder().baseUri(sandbox.baseUri()).sleeper(pause -> { })
                    .executor(portalHttp).build();
            clients.add(client);
            SmartIdProvider provider = SkServices.smartId(manual, Duration.ofSeconds(120));
            SignerIdentity jonas = SignerIdentity.of(PersonalCode.parse(DemoData.JONAS_PERSONAL_CODE));
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            Set<String> baseline = liveThreadNames();
            int before = threads.getThreadCount();
            long heapBefore = usedHeapAfterGc();

            List<CompletableFuture<Session>> flows = new ArrayList<>();
            long end = System.nanoTime() + Duration.ofSeconds(30 + n / 10).toNanos();
            // Started in waves, so that the simulator's few workers are not all stuck in TLS
            // handshakes at once; what is measured is every flow waiting at the same time.
            while (flows.size() < n) {
                int wave = Math.min(WAVE, n - flows.size());
                for (int i = 0; i < wave; i++) {
                    flows.add(client.loginAsync(provider, jonas, SigningListener.none(), portalWorkers));
                }
                while (manual.waitingPolls() < flows.size()) {
                    Optional<Throwable> failed = flows.stream().filter(CompletableFuture::isCompletedExceptionally)
                            .findFirst().map(f -> f.handle((v, e) -> e).join());
                    assertTrue(failed.isEmpty() && System.nanoTime() < end, () -> "waiting polls "
                            + manual.waitingPolls() + " of " + flows.size() + " started (" + n + " to start), sessions "
                            + manual.sessions().size() + ", flows failed "
                            + flows.stream().filter(CompletableFuture::isCompletedExceptionally).count() + ": "
                            + failed.map(SigningEndToEndTest::causes).orElse("none"));
                    Thread.sleep(20); // polls a condition other threads make true; no timing is asserted
                }
            }
            int during = threads.getThreadCount();
            long heapDuring = usedHeapAfterGc();
            Map<String, Long> added = liveThreadNames().stream().filter(name -> !baseline.contains(name))
                    .collect(Collectors.groupingBy(name -> name.replaceAll("[-#]?\\d+$", ""), TreeMap::new,
                            Collectors.counting()));
            assertEquals(n, manual.sessions().size());
            assertTrue(flows.stream().noneMatch(CompletableFuture::isDone), "every flow is still waiting");

            assertEquals(n, manual.completeAll());
            CompletableFuture.allOf(flows.toArray(CompletableFuture[]::new)).get(60 + n / 10, TimeUnit.SECONDS);
            int delta = during - before;
            System.out.printf("%d e-signature logins waiting on the phone at once: live threads %d -> %d (+%d),"
                            + " used heap %d MB -> %d MB (+%d MB); new threads by name: %s%n", n, before, during,
                    delta, heapBefore >> 20, heapDuring >> 20, (heapDuring - heapBefore) >> 20, added);
            for (CompletableFuture<Session> flow : flows) {
                Session session = flow.join();
                assertEquals(DemoData.JONAS_ACCOUNT_ID, session.accountId());
                assertTrue(session.isIdentityConfirmed());
            }
            // What may be new: the portal workers, the sandbox's and the portal client's HTTP threads
            // (all fixed pools), the simulator's fixed workers and timer, the providers' shared few
            // and the HTTP clients' selector threads: none of it grows with the number of flows.
            assertTrue(delta <= PORTAL_WORKERS + SANDBOX_WORKERS + PORTAL_HTTP_WORKERS + THREAD_ALLOWANCE,
                    n + " waiting flows must not take a thread each: +" + delta + " " + added);
        } finally {
            portalWorkers.shutdownNow();
            sandboxWorkers.shutdownNow();
            portalHttp.shutdownNow();
        }
    }

    private static String causes(Throwable failure) {
        StringBuilder chain = new StringBuilder(failure.toString());
        for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
            chain.append(" <- ").append(t);
        }
        return chain.toString();
    }

    private static Set<String> liveThreadNames() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).collect(Collectors.toSet());
    }

    private static long usedHeapAfterGc() {
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private SandboxServer sandbox(SandboxServer.Builder builder) {
        SandboxServer sandbox = builder.signatureTrust(SignatureTrust.anchoredAt(PKI.caCertificate())).start();
        sandboxes.add(sandbox);
        return sandbox;
    }

    private SavitarnaClient client(SandboxServer sandbox) {
        SavitarnaClient client = SavitarnaClient.builder().baseUri(sandbox.baseUri()).sleeper(pause -> { }).build();
        clients.add(client);
        return client;
    }

    private static long deletes(SandboxServer sandbox) {
        return sandbox.exchanges().stream().filter(e -> e.method().equals("DELETE")).count();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        await(condition, WAIT);
    }

    private static void await(BooleanSupplier condition, Duration wait) throws InterruptedException {
        long end = System.nanoTime() + wait.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("condition not met within " + wait);
            }
            Thread.onSpinWait();
            Thread.sleep(5); // polls a condition another thread makes true; no timing is asserted
        }
    }

    private static void assertAsicE(Path container) throws IOException {
        List<String> names = new ArrayList<>();
        String mimetype = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(container))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                names.add(entry.getName());
                byte[] content = zip.readAllBytes();
                if (names.size() == 1) {
                    mimetype = new String(content, StandardCharsets.US_ASCII);
                }
            }
        }
        assertEquals("mimetype", names.get(0), names.toString());
        assertEquals("application/vnd.etsi.asic-e+zip", mimetype);
        assertTrue(names.stream().anyMatch(n -> !n.startsWith("META-INF/") && !n.equals("mimetype")),
                "the signed document: " + names);
        assertTrue(names.stream().anyMatch(n -> n.startsWith("META-INF/") && n.contains("signature")
                && n.endsWith(".xml")), "the XAdES signature: " + names);
    }

    /** Collects the verification codes shown to the person. */
    private static final class Codes implements SigningListener {
        final List<VerificationCode> seen = new CopyOnWriteArrayList<>();

        @Override
        public void verificationCode(VerificationCode code) {
            seen.add(code);
        }
    }
}
