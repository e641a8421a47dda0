package lt.savitarna.sdk.it.sk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.sk.smartid.AuthenticationHash;
import ee.sk.smartid.AuthenticationIdentity;
import ee.sk.smartid.AuthenticationResponseValidator;
import ee.sk.smartid.HashType;
import ee.sk.smartid.SignableData;
import ee.sk.smartid.SmartIdAuthenticationResponse;
import ee.sk.smartid.SmartIdCertificate;
import ee.sk.smartid.SmartIdClient;
import ee.sk.smartid.SmartIdSignature;
import ee.sk.smartid.VerificationCodeCalculator;
import ee.sk.smartid.exception.UnprocessableSmartIdResponseException;
import ee.sk.smartid.exception.permanent.RelyingPartyAccountConfigurationException;
import ee.sk.smartid.exception.useraccount.NoSuitableAccountOfRequestedTypeFoundException;
import ee.sk.smartid.exception.useraccount.UserAccountNotFoundException;
import ee.sk.smartid.exception.useraction.SessionTimeoutException;
import ee.sk.smartid.exception.useraction.UserRefusedConfirmationMessageException;
import ee.sk.smartid.exception.useraction.UserRefusedConfirmationMessageWithVerificationChoiceException;
import ee.sk.smartid.exception.useraction.UserRefusedDisplayTextAndPinException;
import ee.sk.smartid.exception.useraction.UserRefusedException;
import ee.sk.smartid.exception.useraction.UserRefusedVerificationChoiceException;
import ee.sk.smartid.exception.useraction.UserSelectedWrongVerificationCodeException;
import ee.sk.smartid.rest.SessionStatusPoller;
import ee.sk.smartid.rest.dao.Interaction;
import ee.sk.smartid.rest.dao.SemanticsIdentifier;
import ee.sk.smartid.rest.dao.SessionStatus;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lt.savitarna.sdk.signing.SmartIdVerificationCode;
import lt.savitarna.sdk.testkit.sk.SimulatorSession;
import lt.savitarna.sdk.testkit.sk.SmartIdSimulator;
import lt.savitarna.sdk.testkit.sk.SmartIdTestAccount;
import lt.savitarna.sdk.testkit.sk.TestPki;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * SK's own Smart-ID client (smart-id-java-client 2.3.1), unchanged, against the simulator: if it
 * completes every flow and its validator accepts the answers, the simulator speaks RP API v2.
 */
class SmartIdClientAcceptanceTest {

    private static final TestPki PKI = TestPki.generate();
    private static final List<Interaction> PIN = List.of(Interaction.displayTextAndPIN("Prisijungti prie Savitarnos?"));
    private static SmartIdSimulator simulator;
    private static SmartIdClient client;

    @BeforeAll
    static void start() {
        simulator = SmartIdSimulator.builder().pki(PKI).completionDelay(Duration.ofMillis(100)).start();
        client = clientPinnedTo(PKI.serverCertificatePem(), SmartIdSimulator.DEMO_RELYING_PARTY_NAME);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void authenticationPassesSksOwnValidatorWithTheTestCaAsTrustAnchor() {
        AuthenticationHash hash = AuthenticationHash.generateRandomHash(HashType.SHA512);

        SmartIdAuthenticationResponse response = client.createAuthentication()
                .withSemanticsIdentifier(new SemanticsIdentifier(SemanticsIdentifier.IdentityType.PNO,
                        SemanticsIdentifier.CountryCode.LT, "30303039914"))
                .withAuthenticationHash(hash)
                .withCertificateLevel("QUALIFIED")
                .withAllowedInteractionsOrder(PIN)
                .authenticate();
        AuthenticationIdentity identity = new AuthenticationResponseValidator(
                new X509Certificate[] {PKI.caCertificate()}).validate(response);

        assertEquals("OK", response.getEndResult());
        assertEquals("PNOLT-30303039914-MOCK-Q", response.getDocumentNumber());
        assertEquals("QUALIFIED", response.getCertificateLevel());
        assertEquals("displayTextAndPIN", response.getInteractionFlowUsed());
        assertEquals("30303039914", identity.getIdentityNumber());
        assertEquals("OK", identity.getGivenName());
        assertEquals("TESTNUMBER", identity.getSurname());
        assertEquals("LT", identity.getCountry());
        assertEquals(LocalDate.of(1903, 3, 3), identity.getDateOfBirth().orElseThrow());
    }

    @Test
    void theVerificationCodesOfSksCalculatorAndTheSimulatedPhoneAgree() {
        AuthenticationHash hash = AuthenticationHash.generateRandomHash();
        String sessionId = client.createAuthentication()
                .withDocumentNumber("PNOLT-30303039914-MOCK-Q")
                .withAuthenticationHash(hash)
                .withAllowedInteractionsOrder(PIN)
                .initiateAuthentication();

        SimulatorSession onPhone = simulator.session(sessionId).orElseThrow();
        assertEquals(hash.calculateVerificationCode(), onPhone.verificationCode().orElseThrow());
        assertEquals(VerificationCodeCalculator.calculate(java.util.Base64.getDecoder().decode(hash.getHashInBase64())), onPhone.verificationCode().orElseThrow());
        SessionStatus status = new SessionStatusPoller(client.getSmartIdConnector()).fetchFinalSessionStatus(sessionId);
        assertEquals("OK", status.getResult().getEndResult());

        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 500; i++) {
            byte[] anyHash = new byte[1 + random.nextInt(64)];
            random.nextBytes(anyHash);
            assertEquals(VerificationCodeCalculator.calculate(anyHash), SmartIdVerificationCode.of(anyHash).digits());
        }
    }

    @Test
    void certificateChoiceThenSigningByDocumentNumberYieldsASignatureTheChosenCertificateVerifies()
            throws Exception {
        SmartIdCertificate chosen = client.getCertificate()
                .withSemanticsIdentifierAsString("PNOLT-30303039914")
                .withCertificateLevel("QUALIFIED")
                .fetch();
        assertEquals("PNOLT-30303039914-MOCK-Q", chosen.getDocumentNumber());
        assertEquals(PKI.signingCertificate(SmartIdTestAccount.OK), chosen.getCertificate());

        byte[] document = "Sutartis Nr. 15".getBytes(StandardCharsets.UTF_8);
        SignableData data = new SignableData(document);
        data.setHashType(HashType.SHA256);
        SmartIdSignature signature = client.createSignature()
                .withDocumentNumber(chosen.getDocumentNumber())
                .withSignableData(data)
                .withCertificateLevel("QUALIFIED")
                .withAllowedInteractionsOrder(List.of(
                        Interaction.confirmationMessage("Pasirašyti sutartį Nr. 15?"),
                        Interaction.displayTextAndPIN("Pasirašyti sutartį")))
                .sign();

        assertEquals("sha256WithRSAEncryption", signature.getAlgorithmName());
        assertEquals("confirmationMessage", signature.getInteractionFlowUsed());
        Signature verifier = Signature.getInstance("SHA256withRSA");
        // The public key, not the certificate: the JDK refuses a certificate whose critical key
        // usage lacks digitalSignature, and signing certificates carry only nonRepudiation.
        verifier.initVerify(chosen.getCertificate().getPublicKey());
        verifier.update(document);
        assertTrue(verifier.verify(signature.getValue()));
        SimulatorSession onPhone = simulator.sessions().get(simulator.sessions().size() - 1);
        assertEquals(SimulatorSession.Operation.SIGNATURE, onPhone.operation());
        assertEquals(data.calculateVerificationCode(), onPhone.verificationCode().orElseThrow());
    }

    @Test
    void everyDemoAccountsOutcomeReachesTheClientAsSksExceptionForIt() {
        assertRefusal(UserRefusedException.class, SmartIdTestAccount.USER_REFUSED);
        assertRefusal(UserSelectedWrongVerificationCodeException.class, SmartIdTestAccount.WRONG_VC);
        assertRefusal(SessionTimeoutException.class, SmartIdTestAccount.TIMEOUT);
        assertRefusal(UserRefusedDisplayTextAndPinException.class, SmartIdTestAccount.USER_REFUSED_DISPLAYTEXTANDPIN);
        assertRefusal(UserRefusedVerificationChoiceException.class, SmartIdTestAccount.USER_REFUSED_VC_CHOICE);
        assertRefusal(UserRefusedConfirmationMessageException.class,
                SmartIdTestAccount.USER_REFUSED_CONFIRMATIONMESSAGE);
        assertRefusal(UserRefusedConfirmationMessageWithVerificationChoiceException.class,
                SmartIdTestAccount.USER_REFUSED_CONFIRMATIONMESSAGE_WITH_VC_CHOICE);
        assertThrows(UserAccountNotFoundException.class, authenticate("PNOLT-39912319997", "QUALIFIED"));
    }

    @Test
    void aNonQualifiedAccountIsRefusedForQualifiedAndValidatedForAdvanced() {
        assertThrows(NoSuitableAccountOfRequestedTypeFoundException.class,
                authenticate(SmartIdTestAccount.NOT_QUALIFIED.semanticsIdentifier(), "QUALIFIED"));

        AuthenticationHash hash = AuthenticationHash.generateRandomHash();
        SmartIdAuthenticationResponse response = client.createAuthentication()
                .withSemanticsIdentifierAsString(SmartIdTestAccount.NOT_QUALIFIED.semanticsIdentifier())
                .withAuthenticationHash(hash)
                .withCertificateLevel("ADVANCED")
                .withAllowedInteractionsOrder(PIN)
                .authenticate();
        AuthenticationIdentity identity = new AuthenticationResponseValidator(
                new X509Certificate[] {PKI.caCertificate()}).validate(response);
        assertEquals("ADVANCED", response.getCertificateLevel());
        assertEquals("40504049999", identity.getIdentityNumber());
    }

    @Test
    void theValidatorRejectsAnswersFromAnotherCaAndThePinRejectsAnotherServer() {
        TestPki other = TestPki.generate();
        SmartIdAuthenticationResponse response = client.createAuthentication()
                .withSemanticsIdentifierAsString("PNOLT-30303039914")
                .withAuthenticationHash(AuthenticationHash.generateRandomHash())
                .withAllowedInteractionsOrder(PIN)
                .authenticate();
        UnprocessableSmartIdResponseException untrusted = assertThrows(UnprocessableSmartIdResponseException.class,
                () -> new AuthenticationResponseValidator(new X509Certificate[] {other.caCertificate()})
                        .validate(response));
        assertTrue(untrusted.getMessage().contains("not trusted"), untrusted.getMessage());

        SmartIdClient pinnedElsewhere = clientPinnedTo(other.serverCertificatePem(), "DEMO");
        RuntimeException refused = assertThrows(RuntimeException.class, () -> pinnedElsewhere.getCertificate()
                .withSemanticsIdentifierAsString("PNOLT-30303039914").fetch());
        assertTrue(hasCause(refused, javax.net.ssl.SSLHandshakeException.class), refused.toString());
    }

    @Test
    void anotherRelyingPartyIsTurnedAway() {
        SmartIdClient stranger = clientPinnedTo(PKI.serverCertificatePem(), "STRANGER");
        assertThrows(RelyingPartyAccountConfigurationException.class, () -> stranger.getCertificate()
                .withSemanticsIdentifierAsString("PNOLT-30303039914").fetch());
    }

    private static void assertRefusal(Class<? extends Throwable> expected, SmartIdTestAccount account) {
        assertThrows(expected, authenticate(account.semanticsIdentifier(), "QUALIFIED"), account.name());
        assertThrows(expected, () -> client.createSignature()
                .withDocumentNumber(account.documentNumber())
                .withSignableData(new SignableData("x".getBytes(StandardCharsets.UTF_8)))
                .withAllowedInteractionsOrder(PIN)
                .sign(), account.name());
    }

    private static Executable authenticate(String semanticsIdentifier, String level) {
        return () -> client.createAuthentication()
                .withSemanticsIdentifierAsString(semanticsIdentifier)
                .withAuthenticationHash(AuthenticationHash.generateRandomHash())
                .withCertificateLevel(level)
                .withAllowedInteractionsOrder(PIN)
                .authenticate();
    }

    /** As SK's guidance says: the client trusts the API host's own certificate and nothing else. */
    private static SmartIdClient clientPinnedTo(String serverCertificatePem, String relyingPartyName) {
        SmartIdClient smartId = new SmartIdClient();
        smartId.setRelyingPartyUUID(SmartIdSimulator.DEMO_RELYING_PARTY_UUID);
        smartId.setRelyingPartyName(relyingPartyName);
        smartId.setHostUrl(simulator.baseUri().toString());
        smartId.setTrustedCertificates(serverCertificatePem);
        smartId.setSessionStatusResponseSocketOpenTime(TimeUnit.SECONDS, 10);
        smartId.setPollingSleepTimeout(TimeUnit.MILLISECONDS, 50);
        return smartId;
    }

    private static boolean hasCause(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
