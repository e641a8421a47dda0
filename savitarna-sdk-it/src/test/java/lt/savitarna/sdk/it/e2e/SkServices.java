package lt.savitarna.sdk.it.e2e;

import java.time.Duration;
import java.util.List;
import lt.savitarna.sdk.signing.MobileIdConfig;
import lt.savitarna.sdk.signing.MobileIdProvider;
import lt.savitarna.sdk.signing.SmartIdConfig;
import lt.savitarna.sdk.signing.SmartIdProvider;
import lt.savitarna.sdk.signing.TlsPin;
import lt.savitarna.sdk.testkit.sk.MobileIdSimulator;
import lt.savitarna.sdk.testkit.sk.SmartIdSimulator;
import lt.savitarna.sdk.testkit.sk.TestPki;

/**
 * The real Smart-ID and Mobile-ID providers configured as for SK's demo services, but pointed at
 * the simulators over HTTPS: the simulator's server certificate pinned, its CA trusted for TLS,
 * and the simulator CA as the only trust anchor for signer certificates.
 */
final class SkServices {

    private SkServices() {
    }

    static SmartIdProvider smartId(SmartIdSimulator simulator) {
        return smartId(simulator, Duration.ofSeconds(5));
    }

    /** As {@link #smartId(SmartIdSimulator)} with status requests held up to {@code longPoll}. */
    static SmartIdProvider smartId(SmartIdSimulator simulator, Duration longPoll) {
        TestPki pki = simulator.pki();
        return SmartIdProvider.create(SmartIdConfig.demo(SmartIdSimulator.DEMO_RELYING_PARTY_UUID,
                        SmartIdSimulator.DEMO_RELYING_PARTY_NAME)
                .baseUri(simulator.baseUri())
                .tlsPins(TlsPin.of(pki.serverCertificate()))
                .trustServerCertificate(pki.caCertificate())
                .trustAnchors(List.of(pki.caCertificate()))
                .longPollTimeout(longPoll)
                .build());
    }

    static MobileIdProvider mobileId(MobileIdSimulator simulator) {
        TestPki pki = simulator.pki();
        return MobileIdProvider.create(MobileIdConfig.demo(MobileIdSimulator.DEMO_RELYING_PARTY_UUID,
                        MobileIdSimulator.DEMO_RELYING_PARTY_NAME)
                .baseUri(simulator.baseUri())
                .tlsPins(TlsPin.of(pki.serverCertificate()))
                .trustServerCertificate(pki.caCertificate())
                .trustAnchors(List.of(pki.caCertificate()))
                .longPollTimeout(Duration.ofSeconds(5))
                .build());
    }
}
