package lt.savitarna.sdk.signing;

import static lt.savitarna.sdk.signing.TestCertificates.MID_SIGN;
import static lt.savitarna.sdk.signing.TestCertificates.NOW;
import static lt.savitarna.sdk.signing.TestCertificates.der;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import lt.savitarna.sdk.signature.CertificateRequest;
import lt.savitarna.sdk.signature.SignatureErrorCodes;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningCertificate;
import lt.savitarna.sdk.signature.SigningServiceException;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.signature.identity.PhoneNumber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * TLS to an SK service: normal PKIX validation of the server plus public key pins, several at once,
 * with expiry and a warning before it. The server is a loopback HTTPS WireMock whose certificate
 * chains to the fixture TLS CA.
 */
class TlsPinningTest {

    static final SignerIdentity MARY = SignerIdentity.mobileId(PhoneNumber.parse("+37060000666"),
            PersonalCode.parse("50001018865"));

    static SkServer sk;
    static X509Certificate serverCertificate;
    List<String> warnings;

    @BeforeAll
    static void start() throws Exception {
        sk = SkServer.https("/mid-api/");
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = java.nio.file.Files.newInputStream(TestCertificates.tlsServerKeyStore())) {
            store.load(in, TestCertificates.PASSWORD);
        }
        serverCertificate = (X509Certificate) store.getCertificate("server");
    }

    @AfterAll
    static void stop() {
        sk.close();
    }

    @BeforeEach
    void setUp() {
        sk.reset();
        sk.answers("POST", "certificate", 200, "{\"result\":\"OK\",\"cert\":\"" + der(MID_SIGN) + "\"}");
        warnings = new CopyOnWriteArrayList<>();
    }

    MobileIdConfig.Builder config() {
        return MobileIdConfig.demo("00000000-0000-0000-0000-000000000000", "DEMO")
                .baseUri(sk.baseUri())
                .trustAnchors(List.of(TestCertificates.testCa()))
                .trustServerCertificate(TestCertificates.tlsCa())
                .pinWarnings(warnings::add)
                .clock(new MutableClock(NOW))
                .sleeper(d -> { });
    }

    SigningCertificate call(MobileIdConfig config) {
        return MobileIdProvider.create(config).signingCertificate(CertificateRequest.builder(MARY).build(), null);
    }

    static Instant daysAfterNow(long days) {
        return NOW.plus(Duration.ofDays(days));
    }

    @Test
    void aMatchingPinOfTheServerKeyIsAccepted() {
        call(config().tlsPins(TlsPin.of(serverCertificate)).build());

        assertEquals(1, sk.posts("certificate").size());
        assertEquals("HTTP/1.1", sk.server.getAllServeEvents().get(0).getRequest().getProtocol());
        assertTrue(warnings.isEmpty());
    }

    @Test
    void aPinOfTheIssuingCaKeyMatchesToo() {
        call(config().tlsPins(TlsPin.of(TestCertificates.tlsCa())).build());

        assertEquals(1, sk.posts("certificate").size());
    }

    @Test
    void aServerWithoutAPinnedKeyIsRefusedBeforeAnythingIsSent() {
        SigningServiceException e = assertThrows(SigningServiceException.class,
                () -> call(config().tlsPins(TlsPin.of(TestCertificates.testCa())).build()));

        assertEquals(SignatureErrorCodes.SIGNING_TLS_PIN_MISMATCH, e.getCode());
        assertEquals(0, sk.posts("certificate").size());
    }

    @Test
    void anExpiredPinNoLongerCounts() {
        TlsPin expired = new TlsPin(TlsPin.of(serverCertificate).sha256(), daysAfterNow(-1));

        SigningServiceException e = assertThrows(SigningServiceException.class,
                () -> call(config().tlsPins(expired).build()));

        assertEquals(SignatureErrorCodes.SIGNING_TLS_PIN_MISMATCH, e.getCode());
    }

    @Test
    void twoPinsMayBeActiveDuringARotation() {
        TlsPin old = TlsPin.of(TestCertificates.testCa());
        TlsPin next = TlsPin.of(serverCertificate);

        call(config().tlsPins(old, next).build());

        assertEquals(1, sk.posts("certificate").size());
    }

    @Test
    void warnsOnceBeforeAPinExpires() {
        LocalDate lastDay = LocalDate.ofInstant(daysAfterNow(10), ZoneOffset.UTC);
        MobileIdConfig config = config().tlsPins(TlsPin.of(TlsPin.of(serverCertificate).sha256(), lastDay),
                TlsPin.of(TestCertificates.tlsCa())).build();
        MobileIdProvider provider = MobileIdProvider.create(config);

        provider.signingCertificate(CertificateRequest.builder(MARY).build(), null);
        provider.signingCertificate(CertificateRequest.builder(MARY).build(), null);

        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains(TlsPin.of(serverCertificate).sha256()), warnings.get(0));
        assertTrue(warnings.get(0).contains("configure the next pin"), warnings.get(0));
    }

    @Test
    void aServerCertificateFromAnUntrustedCaIsRefusedEvenWithAMatchingPin() {
        MobileIdConfig config = MobileIdConfig.demo("00000000-0000-0000-0000-000000000000", "DEMO")
                .baseUri(sk.baseUri()).trustAnchors(List.of(TestCertificates.testCa()))
                .tlsPins(TlsPin.of(serverCertificate)).build();

        SigningServiceException e = assertThrows(SigningServiceException.class, () -> call(config));

        assertEquals(SignatureErrorCodes.SIGNING_TLS_FAILED, e.getCode());
    }

    @Test
    void withoutPinsTheDemoPresetStillValidatesTheServer() {
        call(config().build());

        assertEquals(1, sk.posts("certificate").size());
    }

    @Test
    void theLivePresetsNeedPinsAndTrustAnchors() {
        var anchors = List.of(TestCertificates.testCa());
        assertThrows(IllegalStateException.class, () -> SmartIdConfig.live("00000000-0000-0000-0000-000000000000",
                "Agrokoncernas").trustAnchors(anchors).build());
        assertThrows(IllegalStateException.class, () -> MobileIdConfig.live("00000000-0000-0000-0000-000000000000",
                "Agrokoncernas").tlsPins(TlsPin.of(serverCertificate)).build());
        SmartIdConfig live = SmartIdConfig.live("00000000-0000-0000-0000-000000000000", "Agrokoncernas")
                .trustAnchors(anchors).tlsPins(TlsPin.of(serverCertificate)).build();
        assertTrue(live.toString().contains(SmartIdConfig.LIVE_BASE_URI.toString()));
    }

    @Test
    void pinsAreReadFromConfigurationText() {
        String hash = TlsPin.of(serverCertificate).sha256();

        TlsPin pin = TlsPin.parse("sha256/" + hash + "@2032-06-30");

        assertEquals(hash, pin.sha256());
        assertEquals(Instant.parse("2032-07-01T00:00:00Z"), pin.expires());
        assertTrue(pin.isActive(Instant.parse("2032-06-30T23:59:59Z")));
        assertFalse(pin.isActive(Instant.parse("2032-07-01T00:00:00Z")));
        assertTrue(pin.matches(serverCertificate));
        assertThrows(IllegalArgumentException.class, () -> TlsPin.parse("not-base64!"));
        assertThrows(IllegalArgumentException.class, () -> TlsPin.parse("AAAA"));
        assertThrows(IllegalArgumentException.class, () -> TlsPin.parse(hash + "@tomorrow"));
    }
}
