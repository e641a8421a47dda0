package lt.savitarna.sdk.it.sk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.sk.mid.MidAuthentication;
import ee.sk.mid.MidAuthenticationError;
import ee.sk.mid.MidAuthenticationHashToSign;
import ee.sk.mid.MidAuthenticationIdentity;
import ee.sk.mid.MidAuthenticationResponseValidator;
import ee.sk.mid.MidAuthenticationResult;
import ee.sk.mid.MidClient;
import ee.sk.mid.MidDisplayTextFormat;
import ee.sk.mid.MidHashToSign;
import ee.sk.mid.MidHashType;
import ee.sk.mid.MidLanguage;
import ee.sk.mid.MidSignature;
import ee.sk.mid.MidVerificationCodeCalculator;
import ee.sk.mid.exception.MidDeliveryException;
import ee.sk.mid.exception.MidInvalidUserConfigurationException;
import ee.sk.mid.exception.MidMissingOrInvalidParameterException;
import ee.sk.mid.exception.MidNotMidClientException;
import ee.sk.mid.exception.MidPhoneNotAvailableException;
import ee.sk.mid.exception.MidSessionTimeoutException;
import ee.sk.mid.exception.MidUnauthorizedException;
import ee.sk.mid.exception.MidUserCancellationException;
import ee.sk.mid.rest.dao.MidSessionStatus;
import ee.sk.mid.rest.dao.request.MidAuthenticationRequest;
import ee.sk.mid.rest.dao.request.MidCertificateRequest;
import ee.sk.mid.rest.dao.request.MidSignatureRequest;
import ee.sk.mid.rest.dao.response.MidAuthenticationResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import lt.savitarna.sdk.signing.MobileIdVerificationCode;
import lt.savitarna.sdk.testkit.sk.MobileIdSimulator;
import lt.savitarna.sdk.testkit.sk.MobileIdTestUser;
import lt.savitarna.sdk.testkit.sk.SimulatorSession;
import lt.savitarna.sdk.testkit.sk.TestPki;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SK's own Mobile-ID client (mid-rest-java-client 1.6), unchanged, against the simulator: if it
 * completes every flow and its validator accepts the answers, the simulator speaks MID REST.
 */
class MobileIdClientAcceptanceTest {

    private static final TestPki PKI = TestPki.generate();
    private static final MobileIdTestUser MARY = MobileIdTestUser.OK;
    private static MobileIdSimulator simulator;
    private static MidClient client;

    @BeforeAll
    static void start() {
        simulator = MobileIdSimulator.builder().pki(PKI).completionDelay(Duration.ofMillis(100)).start();
        client = clientPinnedTo(PKI.serverCertificatePem(), MobileIdSimulator.DEMO_RELYING_PARTY_NAME);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void authenticationPassesSksOwnValidatorAndTheCodesAgree() {
        MidAuthenticationHashToSign hash = MidAuthenticationHashToSign.generateRandomHashOfDefaultType();
        MidAuthenticationRequest request = MidAuthenticationRequest.newBuilder()
                .withPhoneNumber(MARY.phoneNumber())
                .withNationalIdentityNumber(MARY.nationalIdentityNumber())
                .withHashToSign(hash)
                .withLanguage(MidLanguage.LIT)
                .withDisplayText("Prisijungimas prie Savitarnos")
                .withDisplayTextFormat(MidDisplayTextFormat.GSM7)
                .build();

        MidAuthenticationResponse started = client.getMobileIdConnector().authenticate(request);
        SimulatorSession onPhone = simulator.session(started.getSessionID()).orElseThrow();
        assertEquals(hash.calculateVerificationCode(), onPhone.verificationCode().orElseThrow());
        assertEquals("Prisijungimas prie Savitarnos", onPhone.displayText().orElseThrow());

        MidSessionStatus status = client.getSessionStatusPoller()
                .fetchFinalAuthenticationSessionStatus(started.getSessionID());
        MidAuthentication authentication = client.createMobileIdAuthentication(status, hash);
        MidAuthenticationResult result = new MidAuthenticationResponseValidator(List.of(PKI.caCertificate()))
                .validate(authentication);

        assertTrue(result.isValid(), result.getErrors().toString());
        assertTrue(result.getErrors().isEmpty());
        assertEquals("SHA256WithECEncryption", authentication.getAlgorithmName());
        MidAuthenticationIdentity identity = result.getAuthenticationIdentity();
        assertEquals("50001018865", identity.getIdentityCode());
        assertEquals("MARY ÄNN", identity.getGivenName());
        assertEquals("O’CONNEŽ-ŠUSLIK TESTNUMBER", identity.getSurName());
        assertEquals("LT", identity.getCountry());
    }

    @Test
    void sksVerificationCodeCalculatorAgreesWithTheSimulatorsCode() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 500; i++) {
            byte[] hash = new byte[new int[] {32, 48, 64}[i % 3]];
            random.nextBytes(hash);
            assertEquals(MidVerificationCodeCalculator.calculateMobileIdVerificationCode(hash),
                    MobileIdVerificationCode.of(hash).digits());
        }
    }

    @Test
    void signingWithTheCertificateFromCertificateRequestVerifies() throws Exception {
        X509Certificate certificate = client.createMobileIdCertificate(client.getMobileIdConnector().getCertificate(
                MidCertificateRequest.newBuilder()
                        .withPhoneNumber(MARY.phoneNumber())
                        .withNationalIdentityNumber(MARY.nationalIdentityNumber())
                        .build()));
        assertEquals(PKI.signingCertificate(MARY), certificate);

        byte[] document = "Sutartis Nr. 15".getBytes(StandardCharsets.UTF_8);
        MidHashToSign hash = MidHashToSign.newBuilder().withDataToHash(document).withHashType(MidHashType.SHA384).build();
        String sessionId = client.getMobileIdConnector().sign(MidSignatureRequest.newBuilder()
                .withPhoneNumber(MARY.phoneNumber())
                .withNationalIdentityNumber(MARY.nationalIdentityNumber())
                .withHashToSign(hash)
                .withLanguage(MidLanguage.LIT)
                .withDisplayText("Pasirašyti sutartį?")
                .withDisplayTextFormat(MidDisplayTextFormat.UCS2)
                .build()).getSessionID();
        MidSignature signature = client.createMobileIdSignature(
                client.getSessionStatusPoller().fetchFinalSignatureSessionStatus(sessionId));

        assertEquals("SHA384WithECEncryption", signature.getAlgorithmName());
        Signature verifier = Signature.getInstance("SHA384withECDSAinP1363Format");
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(document);
        assertTrue(verifier.verify(signature.getValue()));
        assertEquals(hash.calculateVerificationCode(),
                simulator.session(sessionId).orElseThrow().verificationCode().orElseThrow());
    }

    @Test
    void everyTestNumbersResultReachesTheClientAsSksExceptionForIt() {
        assertFails(MidNotMidClientException.class, MobileIdTestUser.NOT_MID_CLIENT);
        assertFails(MidUserCancellationException.class, MobileIdTestUser.USER_CANCELLED);
        assertFails(MidInvalidUserConfigurationException.class, MobileIdTestUser.SIGNATURE_HASH_MISMATCH);
        assertFails(MidPhoneNotAvailableException.class, MobileIdTestUser.PHONE_ABSENT);
        assertFails(MidDeliveryException.class, MobileIdTestUser.DELIVERY_ERROR);
        assertFails(MidDeliveryException.class, MobileIdTestUser.SIM_ERROR);
        assertFails(MidSessionTimeoutException.class, MobileIdTestUser.TIMEOUT);
        assertThrows(MidNotMidClientException.class, () -> client.createMobileIdCertificate(
                client.getMobileIdConnector().getCertificate(MidCertificateRequest.newBuilder()
                        .withPhoneNumber(MobileIdTestUser.NOT_MID_CLIENT.phoneNumber())
                        .withNationalIdentityNumber(MobileIdTestUser.NOT_MID_CLIENT.nationalIdentityNumber())
                        .build())));
    }

    @Test
    void theServicesErrorsReachTheClient() {
        MidMissingOrInvalidParameterException tooLong = assertThrows(MidMissingOrInvalidParameterException.class,
                () -> client.getMobileIdConnector().authenticate(MidAuthenticationRequest.newBuilder()
                        .withPhoneNumber(MARY.phoneNumber())
                        .withNationalIdentityNumber(MARY.nationalIdentityNumber())
                        .withHashToSign(MidAuthenticationHashToSign.generateRandomHashOfDefaultType())
                        .withLanguage(MidLanguage.LIT)
                        .withDisplayText("ž".repeat(51))
                        .withDisplayTextFormat(MidDisplayTextFormat.UCS2)
                        .build()));
        assertTrue(tooLong.getMessage().contains("displayText"), tooLong.getMessage());

        MidClient stranger = clientPinnedTo(PKI.serverCertificatePem(), "STRANGER");
        assertThrows(MidUnauthorizedException.class, () -> stranger.getMobileIdConnector().getCertificate(
                MidCertificateRequest.newBuilder().withPhoneNumber(MARY.phoneNumber())
                        .withNationalIdentityNumber(MARY.nationalIdentityNumber()).build()));
    }

    @Test
    void theValidatorFlagsACertificateFromAnotherCa() {
        MidAuthenticationHashToSign hash = MidAuthenticationHashToSign.generateRandomHashOfDefaultType();
        String sessionId = client.getMobileIdConnector().authenticate(MidAuthenticationRequest.newBuilder()
                .withPhoneNumber(MARY.phoneNumber())
                .withNationalIdentityNumber(MARY.nationalIdentityNumber())
                .withHashToSign(hash)
                .withLanguage(MidLanguage.ENG)
                .build()).getSessionID();
        MidAuthentication authentication = client.createMobileIdAuthentication(
                client.getSessionStatusPoller().fetchFinalAuthenticationSessionStatus(sessionId), hash);

        MidAuthenticationResult result = new MidAuthenticationResponseValidator(
                List.of(TestPki.generate().caCertificate())).validate(authentication);
        assertFalse(result.isValid());
        assertEquals(List.of(MidAuthenticationError.CERTIFICATE_NOT_TRUSTED.getMessage()), result.getErrors());
    }

    private static void assertFails(Class<? extends Throwable> expected, MobileIdTestUser user) {
        assertThrows(expected, () -> {
            String sessionId = client.getMobileIdConnector().authenticate(MidAuthenticationRequest.newBuilder()
                    .withPhoneNumber(user.phoneNumber())
                    .withNationalIdentityNumber(user.nationalIdentityNumber())
                    .withHashToSign(MidAuthenticationHashToSign.generateRandomHashOfDefaultType())
                    .withLanguage(MidLanguage.LIT)
                    .build()).getSessionID();
            client.getSessionStatusPoller().fetchFinalAuthenticationSessionStatus(sessionId);
        }, user.name());
    }

    /** As SK's guidance says: the client trusts the API host's own certificate and nothing else. */
    private static MidClient clientPinnedTo(String serverCertificatePem, String relyingPartyName) {
        return MidClient.newBuilder()
                .withHostUrl(simulator.baseUri().toString())
                .withRelyingPartyUUID(MobileIdSimulator.DEMO_RELYING_PARTY_UUID)
                .withRelyingPartyName(relyingPartyName)
                .withTrustedCertificates(serverCertificatePem)
                .withLongPollingTimeoutSeconds(10)
                .build();
    }
}
