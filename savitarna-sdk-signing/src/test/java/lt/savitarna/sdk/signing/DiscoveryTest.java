package lt.savitarna.sdk.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import lt.savitarna.sdk.signature.SignatureProvider;
import lt.savitarna.sdk.signature.SignatureProviders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link java.util.ServiceLoader} finds the providers whose settings are present, and only those. */
class DiscoveryTest {

    static final String UUID = "00000000-0000-0000-0000-000000000000";

    @AfterEach
    void clearSettings() {
        System.clearProperty("savitarna.smartid.environment");
        System.clearProperty("savitarna.smartid.relyingPartyUuid");
        System.clearProperty("savitarna.smartid.relyingPartyName");
    }

    @Test
    void findsConfiguredProvidersAndReportsTheOthers() {
        System.setProperty("savitarna.smartid.environment", "demo");
        System.setProperty("savitarna.smartid.relyingPartyUuid", UUID);
        System.setProperty("savitarna.smartid.relyingPartyName", "DEMO");

        SignatureProviders providers = SignatureProviders.discover();

        assertEquals(Set.of("smart-id"), providers.names());
        assertTrue(providers.get("smart-id").toString().contains(SmartIdConfig.DEMO_BASE_URI.toString()));
        assertEquals(2, providers.unavailable().size(), providers.unavailable().toString());
        assertTrue(providers.unavailable().toString().contains("savitarna.mobileid."),
                providers.unavailable().toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> providers.get("mobile-id"));
        assertTrue(e.getMessage().contains("not available"), e.getMessage());
    }

    @Test
    void explicitProvidersJoinDiscoveredOnes() {
        SignatureProvider seal = LocalKeyProviderTest.provider(TestCertificates.SEAL);

        SignatureProviders providers = SignatureProviders.discover().with(seal);

        assertEquals(seal, providers.get("local-key"));
        assertThrows(IllegalArgumentException.class, () -> SignatureProviders.of(seal, seal));
    }

    @Test
    void configurationsAreReadFromSettings() {
        Map<String, String> settings = new HashMap<>(Map.of(
                "savitarna.mobileid.environment", "demo",
                "savitarna.mobileid.relyingPartyUuid", UUID,
                "savitarna.mobileid.relyingPartyName", "DEMO",
                "savitarna.mobileid.language", "eng",
                "savitarna.mobileid.tlsPins",
                "sha256/" + TlsPin.of(TestCertificates.tlsCa()).sha256() + "@2032-01-01, "
                        + TlsPin.of(TestCertificates.testCa()).sha256()));

        MobileIdConfig config = MobileIdConfig.fromSettings(settings::get);

        assertEquals(MobileIdLanguage.ENG, config.language());
        assertTrue(config.toString().contains("2 TLS pins"), config.toString());
        settings.put("savitarna.mobileid.environment", "live");
        IllegalStateException live = assertThrows(IllegalStateException.class,
                () -> MobileIdConfig.fromSettings(settings::get));
        assertTrue(live.getMessage().contains("trust anchors"), live.getMessage());
        settings.put("savitarna.mobileid.environment", "staging");
        assertThrows(IllegalStateException.class, () -> MobileIdConfig.fromSettings(settings::get));
        assertInstanceOf(IllegalStateException.class, assertThrows(RuntimeException.class,
                () -> SmartIdConfig.fromSettings(Map.<String, String>of()::get)));
    }

    @Test
    void relyingPartyAndAddressAreCheckedAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> SmartIdConfig.demo("not-a-uuid", "DEMO"));
        assertThrows(IllegalArgumentException.class, () -> SmartIdConfig.demo(UUID, "ą".repeat(17)));
        assertThrows(IllegalArgumentException.class, () -> SmartIdConfig.demo(UUID, "DEMO")
                .baseUri(java.net.URI.create("http://sid.demo.sk.ee/smart-id-rp/v2/")));
        assertThrows(IllegalArgumentException.class, () -> MobileIdConfig.demo(UUID, "DEMO")
                .longPollTimeout(java.time.Duration.ofMinutes(5)));
    }
}
