package lt.savitarna.sdk.signing;

import static lt.savitarna.sdk.signing.SmartIdProviderTest.CHALLENGE;
import static lt.savitarna.sdk.signing.SmartIdProviderTest.DOCUMENT;
import static lt.savitarna.sdk.signing.SmartIdProviderTest.JONAS;
import static lt.savitarna.sdk.signing.SmartIdProviderTest.PERSON;
import static lt.savitarna.sdk.signing.SmartIdProviderTest.UUID;
import static lt.savitarna.sdk.signing.SmartIdProviderTest.authenticated;
import static lt.savitarna.sdk.signing.TestCertificates.NOW;
import static lt.savitarna.sdk.signing.TestCertificates.ROGUE_AUTH;
import static lt.savitarna.sdk.signing.TestCertificates.SID_AUTH;
import static lt.savitarna.sdk.signing.TestCertificates.SID_EXPIRED;
import static lt.savitarna.sdk.signing.TestCertificates.SID_OTHER;
import static lt.savitarna.sdk.signing.TestCertificates.SID_SIGN;
import static lt.savitarna.sdk.signing.TestCertificates.base64;
import static lt.savitarna.sdk.signing.TestCertificates.der;
import static lt.savitarna.sdk.signing.TestCertificates.sign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import lt.savitarna.sdk.signature.AuthenticationRequest;
import lt.savitarna.sdk.signature.BadSignatureException;
import lt.savitarna.sdk.signature.CertificateExpiredException;
import lt.savitarna.sdk.signature.CertificateLevelException;
import lt.savitarna.sdk.signature.Digest;
import lt.savitarna.sdk.signature.HashType;
import lt.savitarna.sdk.signature.IdentityMismatchException;
import lt.savitarna.sdk.signature.KeyUsageException;
import lt.savitarna.sdk.signature.MalformedResponseException;
import lt.savitarna.sdk.signature.MissingFieldException;
import lt.savitarna.sdk.signature.ResponseValidationException;
import lt.savitarna.sdk.signature.SignedOtherHashException;
import lt.savitarna.sdk.signature.SigningState;
import lt.savitarna.sdk.signature.UnknownEndResultException;
import lt.savitarna.sdk.signature.UntrustedCertificateException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Answers that are forged, replayed or simply wrong: each must be refused with its own typed
 * error, and nothing may come back as an authentication.
 */
class ForgedResponsesTest {

    static SkServer sk;
    SmartIdProvider provider;
    RecordingListener listener;

    @BeforeAll
    static void start() {
        sk = SkServer.http("/smart-id-rp/v2/");
    }

    @AfterAll
    static void stop() {
        sk.close();
    }

    @BeforeEach
    void setUp() {
        sk.reset();
        listener = new RecordingListener();
        provider = SmartIdProvider.create(SmartIdConfig.demo(UUID, "DEMO")
                .baseUri(sk.baseUri())
                .trustAnchors(List.of(TestCertificates.testCa()))
                .clock(new MutableClock(NOW))
                .sleeper(d -> { })
                .build());
    }

    static Stream<Arguments> forgeries() {
        Digest otherChallenge = Digest.compute(HashType.SHA512, "another session".getBytes(StandardCharsets.UTF_8));
        byte[] genuine = sign(SID_AUTH, CHALLENGE);
        byte[] flipped = genuine.clone();
        flipped[10] ^= 0x01;
        return Stream.of(
                Arguments.of("bad signature", authenticated(SID_AUTH, flipped, "QUALIFIED", DOCUMENT),
                        BadSignatureException.class),
                Arguments.of("signature over another hash (replayed)",
                        authenticated(SID_AUTH, sign(SID_AUTH, otherChallenge), "QUALIFIED", DOCUMENT),
                        SignedOtherHashException.class),
                Arguments.of("certificate from an untrusted CA",
                        authenticated(ROGUE_AUTH, sign(ROGUE_AUTH, CHALLENGE), "QUALIFIED", DOCUMENT),
                        UntrustedCertificateException.class),
                Arguments.of("expired certificate",
                        authenticated(SID_EXPIRED, sign(SID_EXPIRED, CHALLENGE), "QUALIFIED", DOCUMENT),
                        CertificateExpiredException.class),
                Arguments.of("another person's certificate",
                        authenticated(SID_OTHER, sign(SID_OTHER, CHALLENGE), "QUALIFIED", DOCUMENT),
                        IdentityMismatchException.class),
                Arguments.of("lower level than requested",
                        authenticated(SID_AUTH, genuine, "ADVANCED", DOCUMENT), CertificateLevelException.class),
                Arguments.of("no level reported", authenticated(SID_AUTH, genuine, "", DOCUMENT)
                        .replace(",\"certificateLevel\":\"\"", ""), CertificateLevelException.class),
                Arguments.of("signing certificate used for authentication",
                        authenticated(SID_SIGN, sign(SID_SIGN, CHALLENGE), "QUALIFIED", DOCUMENT),
                        KeyUsageException.class),
                Arguments.of("missing signature", "{\"state\":\"COMPLETE\",\"result\":{\"endResult\":\"OK\","
                        + "\"documentNumber\":\"" + DOCUMENT + "\"},\"cert\":{\"value\":\"" + der(SID_AUTH)
                        + "\",\"certificateLevel\":\"QUALIFIED\"}}", MissingFieldException.class),
                Arguments.of("missing document number", authenticated()
                        .replace(",\"documentNumber\":\"" + DOCUMENT + "\"", ""), MissingFieldException.class),
                Arguments.of("unknown end result",
                        "{\"state\":\"COMPLETE\",\"result\":{\"endResult\":\"OK_BUT_NOT_REALLY\"}}",
                        UnknownEndResultException.class),
                Arguments.of("malformed JSON", "{\"state\":\"COMPLETE\",\"result\":", MalformedResponseException.class),
                Arguments.of("a field of the wrong type", authenticated()
                        .replace("\"documentNumber\":\"" + DOCUMENT + "\"", "\"documentNumber\":42"),
                        MalformedResponseException.class),
                Arguments.of("certificate that is not Base64", authenticated().replace(der(SID_AUTH), "!!not-base64!!"),
                        MalformedResponseException.class),
                Arguments.of("unknown session state", "{\"state\":\"PAUSED\"}", MalformedResponseException.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgeries")
    void isRefusedWithItsOwnError(String name, String answer, Class<? extends ResponseValidationException> expected) {
        sk.startsSession("authentication/etsi/" + PERSON, "s1");
        sk.statusAnswers("session/s1", answer);

        ResponseValidationException e = assertThrows(ResponseValidationException.class,
                () -> provider.authenticate(AuthenticationRequest.builder(JONAS, CHALLENGE).build(), listener));

        assertEquals(expected, e.getClass(), name + ": " + e.getMessage());
        assertEquals(SigningState.FAILED, listener.states.get(listener.states.size() - 1));
        assertFalse(e.getMessage().contains("30303039914"), "no personal code in " + e.getMessage());
        assertFalse(e.getMessage().contains("30403039917"), "no personal code in " + e.getMessage());
    }

    @Test
    void theForgeriesCoverTenDistinctErrors() {
        Set<Class<?>> types = new HashSet<>();
        forgeries().forEach(a -> types.add((Class<?>) a.get()[2]));
        assertTrue(types.size() >= 10, types.toString());
    }

    @Test
    void anAnswerFromAnotherDeviceThanAskedIsRefused() {
        sk.startsSession("authentication/document/" + DOCUMENT, "s1");
        sk.statusAnswers("session/s1", authenticated(SID_AUTH, sign(SID_AUTH, CHALLENGE), "QUALIFIED",
                "PNOLT-30303039914-OTHER-Q"));

        assertThrows(IdentityMismatchException.class, () -> provider.authenticate(
                AuthenticationRequest.builder(JONAS.withDocumentNumber(DOCUMENT), CHALLENGE).build(), listener));
    }

    @Test
    void anExpiredCertificateTellsThePersonToRenewIt() {
        sk.startsSession("authentication/etsi/" + PERSON, "s1");
        sk.statusAnswers("session/s1", authenticated(SID_EXPIRED, sign(SID_EXPIRED, CHALLENGE), "QUALIFIED", DOCUMENT));

        CertificateExpiredException e = assertThrows(CertificateExpiredException.class,
                () -> provider.authenticate(AuthenticationRequest.builder(JONAS, CHALLENGE).build(), listener));

        assertTrue(e.hasExpired());
        assertTrue(e.message(Locale.ENGLISH).contains("Smart-ID certificates are valid for 3 years"),
                e.message(Locale.ENGLISH));
        assertTrue(e.message(Locale.ENGLISH).contains("2031-01-01"), e.message(Locale.ENGLISH));
        assertTrue(e.message(Locale.forLanguageTag("lt")).contains("galioja 3 metus"));
    }
}
