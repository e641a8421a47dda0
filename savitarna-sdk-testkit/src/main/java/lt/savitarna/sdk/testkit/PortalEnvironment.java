package lt.savitarna.sdk.testkit;

import java.time.Duration;
import java.util.List;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.signing.MobileIdConfig;
import lt.savitarna.sdk.signing.MobileIdProvider;
import lt.savitarna.sdk.signing.SmartIdConfig;
import lt.savitarna.sdk.signing.SmartIdProvider;
import lt.savitarna.sdk.signing.TlsPin;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;
import lt.savitarna.sdk.testkit.sandbox.SignatureTrust;
import lt.savitarna.sdk.testkit.sk.MobileIdSimulator;
import lt.savitarna.sdk.testkit.sk.SmartIdSimulator;
import lt.savitarna.sdk.testkit.sk.TestPki;

/**
 * Everything an integration test or a local run needs, started together on the loopback address:
 * the sandbox portal, the Smart-ID and Mobile-ID simulators over HTTPS with one generated test PKI,
 * the portal trusting only that PKI (as the real one trusts only SK's), and clients and providers
 * already pointed at them, pinned and anchored.
 *
 * <!-- sample: PortalEnvironmentExampleTest#sign-contract -->
 * <pre>{@code
 * try (PortalEnvironment environment = PortalEnvironment.start();
 *      SavitarnaClient client = environment.client();
 *      Session session = client.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray())) {
 *     SignedDocument signed = session.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID).documents()
 *             .sign(DemoData.CONTRACT_AWAITING_SIGNATURE_ID, environment.smartId(),
 *                     SignerIdentity.of(PersonalCode.parse(DemoData.JONAS_PERSONAL_CODE)), SigningListener.none());
 *     assertEquals(DocumentState.SIGNED, signed.document().state());
 *     assertEquals(1, environment.sandbox().counters().completedSignatures());
 * }
 * }</pre>
 */
public final class PortalEnvironment implements AutoCloseable {

    private final TestPki pki;
    private final SmartIdSimulator smartIdSimulator;
    private final MobileIdSimulator mobileIdSimulator;
    private final SandboxServer sandbox;

    private PortalEnvironment(boolean demoAccounts, Duration completionDelay) {
        pki = TestPki.generate();
        smartIdSimulator = SmartIdSimulator.builder().pki(pki).completionDelay(completionDelay).start();
        mobileIdSimulator = MobileIdSimulator.builder().pki(pki).completionDelay(completionDelay).start();
        sandbox = SandboxServer.builder().demoAccounts(demoAccounts)
                .signatureTrust(SignatureTrust.anchoredAt(pki.caCertificate())).start();
    }

    /** Starts the sandbox with its demo accounts and both simulators answering after 200 ms. */
    public static PortalEnvironment start() {
        return start(true, Duration.ofMillis(200));
    }

    /**
     * Starts with or without the sandbox's demo accounts (without them, SK's Smart-ID demo person
     * is free to confirm a newly registered account) and the simulators' answer delay.
     */
    public static PortalEnvironment start(boolean demoAccounts, Duration completionDelay) {
        return new PortalEnvironment(demoAccounts, completionDelay);
    }

    /** A new client of the sandbox portal; the caller closes it. */
    public SavitarnaClient client() {
        return clientBuilder().build();
    }

    /** A client builder already pointed at the sandbox, to add settings (locale, clock, sleeper...). */
    public SavitarnaClient.Builder clientBuilder() {
        return SavitarnaClient.builder().baseUri(sandbox.baseUri());
    }

    /** A Smart-ID provider of the simulator: pinned to its server certificate, anchored at the test CA. */
    public SmartIdProvider smartId() {
        return SmartIdProvider.create(SmartIdConfig.demo(SmartIdSimulator.DEMO_RELYING_PARTY_UUID,
                        SmartIdSimulator.DEMO_RELYING_PARTY_NAME)
                .baseUri(smartIdSimulator.baseUri())
                .tlsPins(TlsPin.of(pki.serverCertificate()))
                .trustServerCertificate(pki.caCertificate())
                .trustAnchors(List.of(pki.caCertificate()))
                .build());
    }

    /** A Mobile-ID provider of the simulator: pinned to its server certificate, anchored at the test CA. */
    public MobileIdProvider mobileId() {
        return MobileIdProvider.create(MobileIdConfig.demo(MobileIdSimulator.DEMO_RELYING_PARTY_UUID,
                        MobileIdSimulator.DEMO_RELYING_PARTY_NAME)
                .baseUri(mobileIdSimulator.baseUri())
                .tlsPins(TlsPin.of(pki.serverCertificate()))
                .trustServerCertificate(pki.caCertificate())
                .trustAnchors(List.of(pki.caCertificate()))
                .build());
    }

    /** The sandbox portal: seed data, flip faults, read counters. */
    public SandboxServer sandbox() {
        return sandbox;
    }

    /** The Smart-ID simulator. */
    public SmartIdSimulator smartIdSimulator() {
        return smartIdSimulator;
    }

    /** The Mobile-ID simulator. */
    public MobileIdSimulator mobileIdSimulator() {
        return mobileIdSimulator;
    }

    /** The test PKI the simulators' certificates and the portal's trust come from. */
    public TestPki pki() {
        return pki;
    }

    @Override
    public void close() {
        sandbox.close();
        mobileIdSimulator.close();
        smartIdSimulator.close();
    }
}
