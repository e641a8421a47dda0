package lt.savitarna.sdk.examples;

import java.time.Duration;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signature.VerificationCode;
import lt.savitarna.sdk.signing.MobileIdProvider;
import lt.savitarna.sdk.signing.SmartIdProvider;
import lt.savitarna.sdk.testkit.PortalEnvironment;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;

/**
 * What the signing examples run against by default: the testkit's {@code PortalEnvironment}, the sandbox portal and the Smart-ID and
 * Mobile-ID simulators, all on this machine, sharing one test PKI. Its providers are configured
 * exactly as for SK's demo services, except for the base URI, the pinned TLS certificate and the
 * trust anchor, which are the simulators'. Against SK's demo service, drop those three lines
 * (the demo preset bundles SK's demo anchors) and pin SK's published certificate instead.
 */
final class EmbeddedServices implements AutoCloseable {

    private final PortalEnvironment environment;
    final SandboxServer sandbox;

    EmbeddedServices(boolean demoAccounts) {
        environment = PortalEnvironment.start(demoAccounts, Duration.ofMillis(200));
        sandbox = environment.sandbox();
    }

    SmartIdProvider smartId() {
        return environment.smartId();
    }

    MobileIdProvider mobileId() {
        return environment.mobileId();
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
        environment.close();
    }
}
