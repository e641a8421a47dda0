package lt.savitarna.sdk.examples;

import java.time.Duration;
import java.util.List;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signature.VerificationCode;
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
 * What the signing examples run against by default: the sandbox portal and the Smart-ID and
 * Mobile-ID simulators, all on this machine, sharing one test PKI. The providers are configured
 * exactly as for SK's demo services, except for the base URI, the pinned TLS certificate and the
 * trust anchor, which are the simulators'. Against SK's demo service, drop those three lines
 * (the demo preset bundles SK's demo anchors) and pin SK's published certificate instead.
 */
final class EmbeddedServices implements AutoCloseable {

    final TestPki pki = TestPki.generate();
    final SmartIdSimulator smartIdSimulator;
    final MobileIdSimulator mobileIdSimulator;
    final SandboxServer sandbox;

    EmbeddedServices(boolean demoAccounts) {
        smartIdSimulator = SmartIdSimulator.builder().pki(pki).completionDelay(Duration.ofMillis(200)).start();
        mobileIdSimulator = MobileIdSimulator.builder().pki(pki).completionDelay(Duration.ofMillis(200)).start();
        // The portal trusts only the simulators' CA, as the real one trusts only SK's.
        sandbox = SandboxServer.builder().demoAccounts(demoAccounts)
                .signatureTrust(SignatureTrust.anchoredAt(pki.caCertificate())).start();
    }

    SmartIdProvider smartId() {
        return SmartIdProvider.create(SmartIdConfig.demo(SmartIdSimulator.DEMO_RELYING_PARTY_UUID,
                        SmartIdSimulator.DEMO_RELYING_PARTY_NAME)
                .baseUri(smartIdSimulator.baseUri())
                .tlsPins(TlsPin.of(pki.serverCertificate()))
                .trustServerCertificate(pki.caCertificate())
                .trustAnchors(List.of(pki.caCertificate()))
                .build());
    }

    MobileIdProvider mobileId() {
        return MobileIdProvider.create(MobileIdConfig.demo(MobileIdSimulator.DEMO_RELYING_PARTY_UUID,
                        MobileIdSimulator.DEMO_RELYING_PARTY_NAME)
                .baseUri(mobileIdSimulator.baseUri())
                .tlsPins(TlsPin.of(pki.serverCertificate()))
                .trustServerCertificate(pki.caCertificate())
                .trustAnchors(List.of(pki.caCertificate()))
                .build());
    }

    /** Prints the verification code the person must compare with the one on the phone. */
    static SigningListener printingCodes(java.io.PrintStream out) {
        return new SigningListener() {
            @Override
            public void verificationCode(VerificationCode code) {
                out.println("Verification code: " + code.digits()
                        + " (check that the phone shows the same code before entering the PIN)");
            }
        };
    }

    @Override
    public void close() {
        sandbox.close();
        mobileIdSimulator.close();
        smartIdSimulator.close();
    }
}
