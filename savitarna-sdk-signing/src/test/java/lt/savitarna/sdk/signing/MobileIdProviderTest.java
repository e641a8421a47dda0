package lt.savitarna.sdk.signing;

import static lt.savitarna.sdk.signing.TestCertificates.MID_AUTH;
import static lt.savitarna.sdk.signing.TestCertificates.MID_SIGN;
import static lt.savitarna.sdk.signing.TestCertificates.NOW;
import static lt.savitarna.sdk.signing.TestCertificates.SID_OTHER;
import static lt.savitarna.sdk.signing.TestCertificates.base64;
import static lt.savitarna.sdk.signing.TestCertificates.certificate;
import static lt.savitarna.sdk.signing.TestCertificates.der;
import static lt.savitarna.sdk.signing.TestCertificates.sign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import lt.savitarna.sdk.signature.Authentication;
import lt.savitarna.sdk.signature.AuthenticationRequest;
import lt.savitarna.sdk.signature.BadSignatureException;
import lt.savitarna.sdk.signature.CertificateRequest;
import lt.savitarna.sdk.signature.Digest;
import lt.savitarna.sdk.signature.HashType;
import lt.savitarna.sdk.signature.IdentityMismatchException;
import lt.savitarna.sdk.signature.NotMobileIdClientException;
import lt.savitarna.sdk.signature.SignatureErrorCodes;
import lt.savitarna.sdk.signature.SignatureRefusedException;
import lt.savitarna.sdk.signature.SignatureRequest;
import lt.savitarna.sdk.signature.SignatureValue;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningCertificate;
import lt.savitarna.sdk.signature.SigningException;
import lt.savitarna.sdk.signature.SigningServiceException;
import lt.savitarna.sdk.signature.SigningState;
import lt.savitarna.sdk.signature.identity.InvalidPhoneNumberException;
import lt.savitarna.sdk.signature.identity.NationalIdentity;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.signature.identity.PhoneNumber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MobileIdProviderTest {

    static final String UUID = "00000000-0000-0000-0000-000000000000";
    /** The Lithuanian demo user, written as people type it: normalised before the wire. */
    static final SignerIdentity MARY = SignerIdentity.mobileId(PhoneNumber.parse("8 600 00666"),
            PersonalCode.parse("50001018865"));
    static final Digest CHALLENGE = Digest.compute(HashType.SHA256, "mid challenge".getBytes(StandardCharsets.UTF_8));

    static SkServer sk;
    RecordingListener listener;
    MobileIdProvider provider;

    @BeforeAll
    static void start() {
        sk = SkServer.http("/mid-api/");
    }

    @AfterAll
    static void stop() {
        sk.close();
    }

    @BeforeEach
    void setUp() {
        sk.reset();
        listener = new RecordingListener();
        provider = MobileIdProvider.create(config().build());
    }

    MobileIdConfig.Builder config() {
        return MobileIdConfig.demo(UUID, "DEMO")
                .baseUri(sk.baseUri())
                .trustAnchors(List.of(TestCertificates.testCa()))
                .clock(new MutableClock(NOW))
                .sleeper(d -> { });
    }

    static String completed(String alias, byte[] signature, boolean withCertificate) {
        return "{\"state\":\"COMPLETE\",\"result\":\"OK\",\"signature\":{\"value\":\"" + base64(signature)
                + "\",\"algorithm\":\"SHA256WithECEncryption\"}"
                + (withCertificate ? ",\"cert\":\"" + der(alias) + "\"" : "") + ",\"time\":\"2032-06-01T00:00:05\"}";
    }

    Authentication authenticate() {
        return provider.authenticate(AuthenticationRequest.builder(MARY, CHALLENGE).build(), listener);
    }

    @Test
    void authenticatesWithAnEcKeyAndNormalisedIdentifiers() {
        sk.startsSession("authentication", "m1");
        sk.statusAnswers("authentication/session/m1", "{\"state\":\"RUNNING\"}",
                completed(MID_AUTH, sign(MID_AUTH, CHALLENGE), true));

        Authentication auth = provider.authenticate(AuthenticationRequest.builder(MARY, CHALLENGE)
                .displayText("Prisijungimas į savitarną").build(), listener);

        assertEquals(NationalIdentity.parse("PNOLT-50001018865"), auth.identity());
        assertEquals("MARY ÄNN", auth.givenName());
        assertEquals(List.of(MobileIdVerificationCode.of(CHALLENGE.value())), listener.codes);
        assertEquals(List.of(SigningState.STARTING, SigningState.WAITING_FOR_USER, SigningState.VALIDATING,
                SigningState.COMPLETED), listener.states);
        JsonObject body = SkServer.json(sk.posts("authentication").get(0));
        assertEquals("+37060000666", body.getString("phoneNumber"));
        assertEquals("50001018865", body.getString("nationalIdentityNumber"));
        assertEquals("LIT", body.getString("language"));
        assertEquals("SHA256", body.getString("hashType"));
        assertEquals(CHALLENGE.base64(), body.getString("hash"));
        assertEquals("Prisijungimas į savitarną", body.getString("displayText"));
        assertEquals("UCS-2", body.getString("displayTextFormat"));
        assertEquals(UUID, body.getString("relyingPartyUUID"));
        assertEquals(2, sk.polls("authentication/session/m1").size());
    }

    @Test
    void gsm7TextAndAnotherLanguageAreSentAsConfigured() {
        provider = MobileIdProvider.create(config().language(MobileIdLanguage.ENG).build());
        sk.startsSession("authentication", "m1");
        sk.statusAnswers("authentication/session/m1", completed(MID_AUTH, sign(MID_AUTH, CHALLENGE), true));

        provider.authenticate(AuthenticationRequest.builder(MARY, CHALLENGE).displayText("Log in").build(), listener);

        JsonObject body = SkServer.json(sk.posts("authentication").get(0));
        assertEquals("ENG", body.getString("language"));
        assertEquals("GSM-7", body.getString("displayTextFormat"));
    }

    @Test
    void fetchesTheCertificateWarnsItExpiresSoonAndSigns() {
        sk.answers("POST", "certificate", 200, "{\"result\":\"OK\",\"cert\":\"" + der(MID_SIGN) + "\"}");
        SigningCertificate cert = provider.signingCertificate(CertificateRequest.builder(MARY).build(), listener);

        assertEquals(certificate(MID_SIGN), cert.certificate());
        assertEquals(1, listener.warnings.size(), "the certificate expires 13 days after the clock");
        assertEquals(13, listener.warnings.get(0).daysLeft());
        assertTrue(listener.warnings.get(0).message(Locale.ENGLISH).contains("2 years"));
        assertTrue(listener.warnings.get(0).message(Locale.ENGLISH).contains("2032-06-14"));

        Digest digest = Digest.compute(HashType.SHA384, "document".getBytes(StandardCharsets.UTF_8));
        sk.startsSession("signature", "g1");
        sk.statusAnswers("signature/session/g1", completed(MID_SIGN, sign(MID_SIGN, digest), false));
        RecordingListener signing = new RecordingListener();

        SignatureValue value = provider.sign(SignatureRequest.builder(cert, digest).build(), signing);

        assertTrue(SignatureVerifier.isValid(certificate(MID_SIGN).getPublicKey(), HashType.SHA384, digest.value(),
                value.value()));
        assertEquals(List.of(MobileIdVerificationCode.of(digest.value())), signing.codes);
        assertEquals("SHA384", SkServer.json(sk.posts("signature").get(0)).getString("hashType"));
    }

    @Test
    void noCertificateMeansNoMobileId() {
        sk.answers("POST", "certificate", 200, "{\"result\":\"NOT_FOUND\"}");

        NotMobileIdClientException e = assertThrows(NotMobileIdClientException.class,
                () -> provider.signingCertificate(CertificateRequest.builder(MARY).build(), listener));

        assertTrue(e.message(Locale.ENGLISH).contains("Telia, Bitė, Tele2 and Teledema"), e.message(Locale.ENGLISH));
        assertTrue(e.message(Locale.forLanguageTag("lt")).contains("„Telia“, „Bitė“, „Tele2“ ir „Teledema“"));
    }

    @ParameterizedTest
    @CsvSource({
        "TIMEOUT, SIGNATURE_TIMEOUT",
        "NOT_MID_CLIENT, NOT_MOBILE_ID_CLIENT",
        "USER_CANCELLED, SIGNATURE_REFUSED",
        "SIGNATURE_HASH_MISMATCH, MOBILE_ID_SIGNATURE_HASH_MISMATCH",
        "PHONE_ABSENT, PHONE_ABSENT",
        "DELIVERY_ERROR, MOBILE_ID_DELIVERY_ERROR",
        "SIM_ERROR, MOBILE_ID_SIM_ERROR",
        "SOMETHING_NEW, RESPONSE_UNKNOWN_END_RESULT"})
    void everyResultHasItsOwnFailure(String result, String code) {
        sk.startsSession("authentication", "m1");
        sk.statusAnswers("authentication/session/m1", "{\"state\":\"COMPLETE\",\"result\":\"" + result + "\"}");

        SigningException e = assertThrows(SigningException.class, this::authenticate);

        assertEquals(code, e.getCode());
        assertEquals(EndResults.MOBILE_ID.get(result), e.getClass());
        assertEquals("mobile-id", e.provider());
        if (e instanceof SignatureRefusedException refused) {
            assertEquals(SignatureRefusedException.Refusal.SIM_DIALOG, refused.refusal());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "POST, 400, SIGNING_BAD_REQUEST, SigningRequestRejectedException",
        "POST, 401, SIGNING_UNAUTHORIZED, RelyingPartyUnauthorizedException",
        "POST, 500, SIGNING_SERVICE_ERROR, SigningServiceUnavailableException",
        "GET, 404, SIGNING_SESSION_NOT_FOUND, SigningSessionNotFoundException",
        "GET, 401, SIGNING_UNAUTHORIZED, RelyingPartyUnauthorizedException"})
    void everyStatusHasItsOwnFailure(String method, int status, String code, String type) {
        String error = "{\"error\":\"phoneNumber must contain of + and numbers(8-30)\"}";
        if (method.equals("POST")) {
            sk.answers("POST", "authentication", status, error);
        } else {
            sk.startsSession("authentication", "m1");
            sk.answers("GET", "authentication/session/m1", status, error);
        }

        SigningException e = assertThrows(SigningException.class, this::authenticate);

        assertEquals(code, e.getCode());
        assertEquals(type, e.getClass().getSimpleName());
        assertEquals(status, ((SigningServiceException) e).status());
        if (status == 400) {
            assertTrue(e.getMessage().contains("phoneNumber must contain"), e.getMessage());
        }
    }

    @Test
    void aBadEcSignatureIsRefused() {
        byte[] signature = sign(MID_AUTH, CHALLENGE);
        signature[5] ^= 0x40;
        sk.startsSession("authentication", "m1");
        sk.statusAnswers("authentication/session/m1", completed(MID_AUTH, signature, true));

        assertThrows(BadSignatureException.class, this::authenticate);
    }

    @Test
    void anotherPersonsCertificateIsRefused() {
        sk.startsSession("authentication", "m1");
        sk.statusAnswers("authentication/session/m1", completed(SID_OTHER, sign(SID_OTHER, CHALLENGE), true));

        IdentityMismatchException e = assertThrows(IdentityMismatchException.class, this::authenticate);

        assertFalse(e.getMessage().contains("50001018865"), e.getMessage());
        assertFalse(e.getMessage().contains("30403039917"), e.getMessage());
    }

    @Test
    void aSignatureByAnotherKeyThanTheChosenCertificateIsRefused() {
        Digest digest = Digest.random(HashType.SHA256);
        sk.startsSession("signature", "g1");
        sk.statusAnswers("signature/session/g1", completed(MID_AUTH, sign(MID_AUTH, digest), false));

        assertThrows(BadSignatureException.class, () -> provider.sign(
                SignatureRequest.builder(MARY, certificate(MID_SIGN), digest).build(), listener));
    }

    @Test
    void identifiersAreCheckedBeforeAnythingIsSent() {
        assertThrows(InvalidPhoneNumberException.class, () -> PhoneNumber.parse("+370 600"));
        SignerIdentity smartIdOnly = SignerIdentity.of(PersonalCode.parse("50001018865"));

        assertThrows(IllegalArgumentException.class, () -> provider.authenticate(
                AuthenticationRequest.builder(smartIdOnly, CHALLENGE).build(), listener));
        assertThrows(InvalidDisplayTextException.class, () -> provider.authenticate(
                AuthenticationRequest.builder(MARY, CHALLENGE).displayText("Pasirašyti " + "ž".repeat(50)).build(),
                listener));
        assertEquals(0, sk.requestCount());
    }

    @Test
    void aDeliveryErrorIsExplained() {
        sk.startsSession("authentication", "m1");
        sk.statusAnswers("authentication/session/m1", "{\"state\":\"COMPLETE\",\"result\":\"DELIVERY_ERROR\"}");
        provider = MobileIdProvider.create(config().locale(Locale.forLanguageTag("lt")).build());

        SigningException e = assertThrows(SigningException.class, this::authenticate);

        assertEquals(SignatureErrorCodes.MOBILE_ID_DELIVERY_ERROR, e.getCode());
        assertTrue(e.getLocalizedMessage().contains("mobiliojo ryšio operatorių"), e.getLocalizedMessage());
    }
}
