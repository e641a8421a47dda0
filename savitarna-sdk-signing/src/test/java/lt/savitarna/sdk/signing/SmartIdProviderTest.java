package lt.savitarna.sdk.signing;

import static lt.savitarna.sdk.signing.TestCertificates.NOW;
import static lt.savitarna.sdk.signing.TestCertificates.SID_AUTH;
import static lt.savitarna.sdk.signing.TestCertificates.SID_SIGN;
import static lt.savitarna.sdk.signing.TestCertificates.base64;
import static lt.savitarna.sdk.signing.TestCertificates.certificate;
import static lt.savitarna.sdk.signing.TestCertificates.der;
import static lt.savitarna.sdk.signing.TestCertificates.sign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import lt.savitarna.sdk.Sleeper;
import lt.savitarna.sdk.signature.Authentication;
import lt.savitarna.sdk.signature.AuthenticationRequest;
import lt.savitarna.sdk.signature.CertificateLevel;
import lt.savitarna.sdk.signature.CertificateRequest;
import lt.savitarna.sdk.signature.Digest;
import lt.savitarna.sdk.signature.HashType;
import lt.savitarna.sdk.signature.NotQualifiedAccountException;
import lt.savitarna.sdk.signature.SignatureErrorCodes;
import lt.savitarna.sdk.signature.SignatureRefusedException;
import lt.savitarna.sdk.signature.SignatureRequest;
import lt.savitarna.sdk.signature.SignatureTimeoutException;
import lt.savitarna.sdk.signature.SignatureValue;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningCancelledException;
import lt.savitarna.sdk.signature.SigningCertificate;
import lt.savitarna.sdk.signature.SigningException;
import lt.savitarna.sdk.signature.SigningState;
import lt.savitarna.sdk.signature.identity.NationalIdentity;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmartIdProviderTest {

    static final String UUID = "00000000-0000-4000-8000-000000000000";
    static final String PERSON = "PNOLT-30303039914";
    static final String DOCUMENT = "PNOLT-30303039914-MOCK-Q";
    static final SignerIdentity JONAS = SignerIdentity.of(PersonalCode.parse("30303039914"));
    static final Digest CHALLENGE = Digest.compute(HashType.SHA512, "portal challenge".getBytes(StandardCharsets.UTF_8));

    static SkServer sk;

    MutableClock clock;
    List<Duration> pauses;
    Sleeper sleeper;
    RecordingListener listener;
    SmartIdProvider provider;

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
        clock = new MutableClock(NOW);
        pauses = new CopyOnWriteArrayList<>();
        sleeper = pauses::add;
        listener = new RecordingListener();
        provider = SmartIdProvider.create(config().build());
    }

    SmartIdConfig.Builder config() {
        return SmartIdConfig.demo(UUID, "DEMO")
                .baseUri(sk.baseUri())
                .trustAnchors(List.of(TestCertificates.testCa()))
                .clock(clock)
                .sleeper(duration -> sleeper.sleep(duration))
                .locale(Locale.ENGLISH);
    }

    static String running() {
        return "{\"state\":\"RUNNING\"}";
    }

    static String ended(String endResult) {
        return "{\"state\":\"COMPLETE\",\"result\":{\"endResult\":\"" + endResult + "\"}}";
    }

    /** A completed authentication as the service would send it, plus a field the protocol does not know. */
    static String authenticated(String alias, byte[] signature, String level, String documentNumber) {
        return "{\"state\":\"COMPLETE\",\"result\":{\"endResult\":\"OK\",\"documentNumber\":\"" + documentNumber + "\"},"
                + "\"signature\":{\"value\":\"" + base64(signature) + "\",\"algorithm\":\"sha512WithRSAEncryption\"},"
                + "\"cert\":{\"value\":\"" + der(alias) + "\",\"certificateLevel\":\"" + level + "\"},"
                + "\"interactionFlowUsed\":\"displayTextAndPIN\",\"deviceIpAddress\":\"0.0.0.0\",\"somethingNew\":[1,2]}";
    }

    static String authenticated() {
        return authenticated(SID_AUTH, sign(SID_AUTH, CHALLENGE), "QUALIFIED", DOCUMENT);
    }

    Authentication authenticate() {
        return provider.authenticate(AuthenticationRequest.builder(JONAS, CHALLENGE).build(), listener);
    }

    void startsAuthentication() {
        sk.startsSession("authentication/etsi/" + PERSON, "s1");
    }

    @Test
    void authenticatesAndChecksTheAnswer() {
        startsAuthentication();
        sk.statusAnswers("session/s1", authenticated());

        Authentication auth = provider.authenticate(AuthenticationRequest.builder(JONAS, CHALLENGE)
                .displayText("Prisijungimas prie savitarnos").nonce("n-1").build(), listener);

        assertEquals("smart-id", auth.provider());
        assertEquals(NationalIdentity.parse(PERSON), auth.identity());
        assertEquals("JONAS", auth.givenName());
        assertEquals("ŽEMDIRBYS", auth.surname());
        assertEquals(CertificateLevel.QUALIFIED, auth.certificateLevel());
        assertEquals(DOCUMENT, auth.signer().documentNumber().orElseThrow());
        assertEquals(certificate(SID_AUTH), auth.certificate());
        assertEquals(List.of(SmartIdVerificationCode.of(CHALLENGE.value())), listener.codes);
        assertEquals(List.of(SigningState.STARTING, SigningState.WAITING_FOR_USER, SigningState.VALIDATING,
                SigningState.COMPLETED), listener.states);
        assertFalse(auth.toString().contains("30303039914"), auth.toString());

        JsonObject body = SkServer.json(sk.posts("authentication/etsi/" + PERSON).get(0));
        assertEquals(UUID, body.getString("relyingPartyUUID"));
        assertEquals("DEMO", body.getString("relyingPartyName"));
        assertEquals("QUALIFIED", body.getString("certificateLevel"));
        assertEquals("SHA512", body.getString("hashType"));
        assertEquals(CHALLENGE.base64(), body.getString("hash"));
        assertEquals("n-1", body.getString("nonce"));
        JsonObject interaction = body.getJsonArray("allowedInteractionsOrder").getJsonObject(0);
        assertEquals("displayTextAndPIN", interaction.getString("type"));
        assertEquals("Prisijungimas prie savitarnos", interaction.getString("displayText60"));
        assertEquals("60000", sk.polls("session/s1").get(0).queryParameter("timeoutMs").firstValue());
    }

    @Test
    void pollsWhileRunningWithThePauseBetween() {
        startsAuthentication();
        sk.statusAnswers("session/s1", running(), running(), authenticated());

        authenticate();

        assertEquals(3, sk.polls("session/s1").size());
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(500)), pauses);
    }

    @Test
    void authenticatesByDocumentNumberAndSendsTheConfirmationMessageFirst() {
        sk.startsSession("authentication/document/" + DOCUMENT, "s2");
        sk.statusAnswers("session/s2", authenticated());

        Authentication auth = provider.authenticate(AuthenticationRequest.builder(JONAS.withDocumentNumber(DOCUMENT),
                CHALLENGE).confirmationMessage("Patvirtinkite prisijungimą prie UAB „Agrokoncernas“ savitarnos")
                .certificateLevel(CertificateLevel.ADVANCED).build(), listener);

        assertEquals(DOCUMENT, auth.signer().documentNumber().orElseThrow());
        JsonObject body = SkServer.json(sk.posts("authentication/document/" + DOCUMENT).get(0));
        assertEquals("ADVANCED", body.getString("certificateLevel"));
        var order = body.getJsonArray("allowedInteractionsOrder");
        assertEquals("confirmationMessage", order.getJsonObject(0).getString("type"));
        assertTrue(order.getJsonObject(0).getString("displayText200").contains("Agrokoncernas"));
        assertEquals("displayTextAndPIN", order.getJsonObject(1).getString("type"));
        assertEquals("Log in to self-service", order.getJsonObject(1).getString("displayText60"));
    }

    @Test
    void choosesTheCertificateThenSignsByDocumentNumber() {
        sk.startsSession("certificatechoice/etsi/" + PERSON, "c1");
        sk.statusAnswers("session/c1", "{\"state\":\"COMPLETE\",\"result\":{\"endResult\":\"OK\",\"documentNumber\":\""
                + DOCUMENT + "\"},\"cert\":{\"value\":\"" + der(SID_SIGN) + "\",\"certificateLevel\":\"QUALIFIED\"}}");
        SigningCertificate chosen = provider.signingCertificate(CertificateRequest.builder(JONAS).build(), listener);

        assertEquals(certificate(SID_SIGN), chosen.certificate());
        assertEquals(DOCUMENT, chosen.signer().documentNumber().orElseThrow());
        assertTrue(listener.codes.isEmpty(), "certificate choice shows no verification code");

        Digest digest = Digest.compute(HashType.SHA256, "signed properties".getBytes(StandardCharsets.UTF_8));
        sk.startsSession("signature/document/" + DOCUMENT, "g1");
        sk.statusAnswers("session/g1", running(), "{\"state\":\"COMPLETE\",\"result\":{\"endResult\":\"OK\","
                + "\"documentNumber\":\"" + DOCUMENT + "\"},\"signature\":{\"value\":\"" + base64(sign(SID_SIGN, digest))
                + "\",\"algorithm\":\"sha256WithRSAEncryption\"}}");
        RecordingListener signing = new RecordingListener();

        SignatureValue value = provider.sign(SignatureRequest.builder(chosen, digest)
                .certificateLevel(CertificateLevel.QSCD).displayText("Sutarties Nr. 2024-15 pasirašymas").build(),
                signing);

        assertEquals(digest, value.digest());
        assertTrue(SignatureVerifier.isValid(certificate(SID_SIGN).getPublicKey(), HashType.SHA256, digest.value(),
                value.value()));
        assertEquals(List.of(SmartIdVerificationCode.of(digest.value())), signing.codes);
        JsonObject body = SkServer.json(sk.posts("signature/document/" + DOCUMENT).get(0));
        assertEquals("QSCD", body.getString("certificateLevel"));
        assertEquals("SHA256", body.getString("hashType"));
    }

    @Test
    void signingNeedsTheDocumentNumber() {
        Digest digest = Digest.random(HashType.SHA256);
        SignatureRequest request = SignatureRequest.builder(JONAS, certificate(SID_SIGN), digest).build();

        assertThrows(IllegalArgumentException.class, () -> provider.sign(request, listener));
        assertEquals(0, sk.requestCount());
    }

    @Test
    void aTooLongDisplayTextNeverReachesTheWire() {
        AuthenticationRequest request = AuthenticationRequest.builder(JONAS, CHALLENGE).displayText("x".repeat(61))
                .build();

        DisplayTextTooLongException e = assertThrows(DisplayTextTooLongException.class,
                () -> provider.authenticate(request, listener));
        assertEquals(DisplayTextLimit.SMART_ID_DISPLAY_TEXT_60, e.limit());
        assertEquals(0, sk.requestCount());
    }

    @ParameterizedTest
    @CsvSource({
        "USER_REFUSED, SIGNATURE_REFUSED, GENERAL",
        "USER_REFUSED_CERT_CHOICE, SIGNATURE_REFUSED, CERTIFICATE_CHOICE",
        "USER_REFUSED_DISPLAYTEXTANDPIN, SIGNATURE_REFUSED, DISPLAY_TEXT_AND_PIN",
        "USER_REFUSED_VC_CHOICE, SIGNATURE_REFUSED, VERIFICATION_CODE_CHOICE",
        "USER_REFUSED_CONFIRMATIONMESSAGE, SIGNATURE_REFUSED, CONFIRMATION_MESSAGE",
        "USER_REFUSED_CONFIRMATIONMESSAGE_WITH_VC_CHOICE, SIGNATURE_REFUSED, CONFIRMATION_MESSAGE_WITH_VERIFICATION_CODE_CHOICE",
        "TIMEOUT, SIGNATURE_TIMEOUT, ",
        "WRONG_VC, WRONG_VERIFICATION_CODE, ",
        "DOCUMENT_UNUSABLE, SMART_ID_DOCUMENT_UNUSABLE, ",
        "REQUIRED_INTERACTION_NOT_SUPPORTED_BY_APP, SMART_ID_INTERACTION_NOT_SUPPORTED, ",
        "SOMETHING_NEW, RESPONSE_UNKNOWN_END_RESULT, "})
    void everyEndResultHasItsOwnFailure(String endResult, String code, String refusal) {
        startsAuthentication();
        sk.statusAnswers("session/s1", running(), ended(endResult));

        SigningException e = assertThrows(SigningException.class, this::authenticate);

        assertEquals(code, e.getCode());
        assertEquals(EndResults.SMART_ID.get(endResult), e.getClass(), endResult);
        if (refusal != null) {
            assertEquals(SignatureRefusedException.Refusal.valueOf(refusal), ((SignatureRefusedException) e).refusal());
        }
        assertEquals("smart-id", e.provider());
        assertEquals(SigningState.FAILED, listener.states.get(listener.states.size() - 1));
        assertFalse(e.getLocalizedMessage().startsWith("error."), e.getLocalizedMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "400, SIGNING_BAD_REQUEST, SigningRequestRejectedException",
        "401, SIGNING_UNAUTHORIZED, RelyingPartyUnauthorizedException",
        "403, SIGNING_FORBIDDEN, RelyingPartyForbiddenException",
        "404, SIGNER_NOT_FOUND, SignerNotFoundException",
        "471, NOT_QUALIFIED_ACCOUNT, NotQualifiedAccountException",
        "472, SMART_ID_USER_ACTION_REQUIRED, UserActionRequiredException",
        "480, SIGNING_CLIENT_OUTDATED, SigningClientOutdatedException",
        "580, SIGNING_SERVICE_MAINTENANCE, SigningServiceMaintenanceException",
        "503, SIGNING_SERVICE_ERROR, SigningServiceUnavailableException",
        "418, SIGNING_UNEXPECTED_STATUS, SigningServiceException"})
    void everyStatusWhenStartingHasItsOwnFailure(int status, String code, String type) {
        sk.answers("POST", "authentication/etsi/" + PERSON, status, "{\"title\":\"problem\"}");

        SigningException e = assertThrows(SigningException.class, this::authenticate);

        assertEquals(code, e.getCode());
        assertEquals(type, e.getClass().getSimpleName());
        assertTrue(e.getMessage().contains("HTTP " + status), e.getMessage());
        assertEquals(0, sk.polls("session/s1").size());
    }

    @Test
    void anUnknownSessionWhilePollingIsItsOwnFailure() {
        startsAuthentication();
        sk.answers("GET", "session/s1", 404, "");

        SigningException e = assertThrows(SigningException.class, this::authenticate);

        assertEquals(SignatureErrorCodes.SIGNING_SESSION_NOT_FOUND, e.getCode());
        assertEquals("SigningSessionNotFoundException", e.getClass().getSimpleName());
        assertEquals(404, ((lt.savitarna.sdk.signature.SigningServiceException) e).status());
    }

    @Test
    void aNonQualifiedAccountIsExplainedInLithuanian() {
        provider = SmartIdProvider.create(config().locale(Locale.forLanguageTag("lt")).build());
        sk.answers("POST", "authentication/etsi/" + PERSON, 471, "");

        NotQualifiedAccountException e = assertThrows(NotQualifiedAccountException.class, this::authenticate);

        assertTrue(e.getLocalizedMessage().contains("kvalifikuoto elektroninio parašo"), e.getLocalizedMessage());
        assertTrue(e.getLocalizedMessage().contains("SEB, „Swedbank“ ar „Luminor“"), e.getLocalizedMessage());
        assertTrue(e.message(Locale.ENGLISH).contains("Smart-ID Qualified Electronic Signature"));
        assertTrue(e.message(Locale.ENGLISH).contains("Mobile-ID"));
    }

    @Test
    void theDeadlineBoundsEveryLongPollAndEndsTheWait() {
        sleeper = d -> {
            pauses.add(d);
            clock.advance(Duration.ofSeconds(1));
        };
        startsAuthentication();
        sk.statusAnswers("session/s1", running());

        SignatureTimeoutException e = assertThrows(SignatureTimeoutException.class, () -> provider.authenticate(
                AuthenticationRequest.builder(JONAS, CHALLENGE).deadline(Duration.ofMillis(2500)).build(), listener));

        assertEquals(SignatureErrorCodes.SIGNING_DEADLINE_EXCEEDED, e.getCode());
        assertEquals(Duration.ofMillis(2500), e.deadline().orElseThrow());
        assertEquals(List.of("2500", "1500", "1000"), sk.polls("session/s1").stream()
                .map(r -> r.queryParameter("timeoutMs").firstValue()).toList());
    }

    @Test
    void cancellingBeforeTheFirstPollStopsEverything() throws Exception {
        CompletableFuture<CompletableFuture<Authentication>> handle = new CompletableFuture<>();
        listener.on(SigningState.WAITING_FOR_USER, () -> handle.join().cancel(true));
        startsAuthentication();
        sk.statusAnswers("session/s1", running());

        CompletableFuture<Authentication> pending = provider.authenticateAsync(
                AuthenticationRequest.builder(JONAS, CHALLENGE).build(), listener);
        handle.complete(pending);
        listener.awaitEnd();

        assertTrue(pending.isCancelled());
        assertEquals(SigningState.CANCELLED, listener.states.get(listener.states.size() - 1));
        assertEquals(1, sk.posts("authentication/etsi/" + PERSON).size());
        assertEquals(0, sk.polls("session/s1").size());
    }

    @Test
    void cancellingWhilePollingStopsThePolling() throws Exception {
        CompletableFuture<CompletableFuture<Authentication>> handle = new CompletableFuture<>();
        sleeper = d -> {
            pauses.add(d);
            if (pauses.size() == 2) {
                handle.join().cancel(true);
            }
        };
        startsAuthentication();
        sk.statusAnswers("session/s1", running());

        CompletableFuture<Authentication> pending = provider.authenticateAsync(
                AuthenticationRequest.builder(JONAS, CHALLENGE).build(), listener);
        handle.complete(pending);
        listener.awaitEnd();

        assertTrue(pending.isCancelled());
        assertThrows(java.util.concurrent.CancellationException.class, pending::join);
        assertEquals(2, sk.polls("session/s1").size(), "no status request after the cancel");
    }

    @Test
    void theAsyncFormCompletesWithTheResultOrTheTypedFailure() throws Exception {
        startsAuthentication();
        sk.statusAnswers("session/s1", running(), authenticated());
        Authentication auth = provider.authenticateAsync(AuthenticationRequest.builder(JONAS, CHALLENGE).build(),
                listener).get();
        assertEquals(NationalIdentity.parse(PERSON), auth.identity());

        sk.reset();
        startsAuthentication();
        sk.statusAnswers("session/s1", ended("USER_REFUSED"));
        ExecutionException e = assertThrows(ExecutionException.class, () -> provider.authenticateAsync(
                AuthenticationRequest.builder(JONAS, CHALLENGE).build(), listener).get());
        assertInstanceOf(SignatureRefusedException.class, e.getCause());
    }

    @Test
    void anInterruptedCallerGetsACancellationAndKeepsTheInterrupt() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(SigningCancelledException.class, this::authenticate);
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
        assertEquals(0, sk.requestCount());
    }

    @Test
    void warnsWhenTheCertificateExpiresWithinTheWindow() {
        provider = SmartIdProvider.create(config().certificateExpiryWarning(Duration.ofDays(1000)).build());
        startsAuthentication();
        sk.statusAnswers("session/s1", authenticated());

        authenticate();

        assertEquals(1, listener.warnings.size());
        var warning = listener.warnings.get(0);
        assertEquals("smart-id", warning.provider());
        assertEquals(certificate(SID_AUTH).getNotAfter().toInstant(), warning.notAfter());
        assertTrue(warning.message(Locale.ENGLISH).contains("3 years"), warning.message(Locale.ENGLISH));
        assertTrue(warning.message(Locale.forLanguageTag("lt")).contains("3 metus"));
    }

    @Test
    void aListenerThatThrowsDoesNotBreakTheOperation() {
        startsAuthentication();
        sk.statusAnswers("session/s1", authenticated());

        Authentication auth = provider.authenticate(AuthenticationRequest.builder(JONAS, CHALLENGE).build(),
                new lt.savitarna.sdk.signature.SigningListener() {
                    @Override
                    public void verificationCode(lt.savitarna.sdk.signature.VerificationCode code) {
                        throw new IllegalStateException("UI gone");
                    }
                });

        assertEquals(NationalIdentity.parse(PERSON), auth.identity());
    }
}
