package lt.savitarna.sdk.examples.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.document.DocumentState;
import lt.savitarna.sdk.document.SignedDocument;
import lt.savitarna.sdk.signature.Authentication;
import lt.savitarna.sdk.signature.AuthenticationRequest;
import lt.savitarna.sdk.signature.CertificateExpiredException;
import lt.savitarna.sdk.signature.Digest;
import lt.savitarna.sdk.signature.HashType;
import lt.savitarna.sdk.signature.SignatureRefusedException;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signature.VerificationCode;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.signature.identity.PhoneNumber;
import lt.savitarna.sdk.signing.MobileIdConfig;
import lt.savitarna.sdk.signing.MobileIdProvider;
import lt.savitarna.sdk.signing.SmartIdConfig;
import lt.savitarna.sdk.signing.SmartIdProvider;
import lt.savitarna.sdk.signing.TlsPin;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;
import lt.savitarna.sdk.testkit.sandbox.SignatureTrust;
import lt.savitarna.sdk.testkit.sk.MobileIdSimulator;
import lt.savitarna.sdk.testkit.sk.MobileIdTestUser;
import lt.savitarna.sdk.testkit.sk.SimulatorSession;
import lt.savitarna.sdk.testkit.sk.SmartIdSimulator;
import lt.savitarna.sdk.testkit.sk.SmartIdTestAccount;
import lt.savitarna.sdk.testkit.sk.TestPki;
import org.junit.jupiter.api.Test;

/**
 * Testing Smart-ID and Mobile-ID flows against the testkit's simulators: SK's relying-party APIs
 * over HTTPS on this machine, answering for SK's demo people with real signatures from a generated
 * test PKI. The SDK's providers are configured as for SK's demo service, except for the base URI,
 * the pinned TLS certificate and the trust anchor.
 */
class SimulatorsExampleTest {

    private final Digest challenge = Digest.compute(HashType.SHA256, "login challenge".getBytes(StandardCharsets.UTF_8));

    @Test
    void theSmartIdDemoPersonAuthenticates() {
        // @start region=smart-id
        TestPki pki = TestPki.generate();
        try (SmartIdSimulator simulator = SmartIdSimulator.builder().pki(pki).start()) {
            SmartIdProvider smartId = SmartIdProvider.create(SmartIdConfig.demo(
                            SmartIdSimulator.DEMO_RELYING_PARTY_UUID, SmartIdSimulator.DEMO_RELYING_PARTY_NAME)
                    .baseUri(simulator.baseUri())
                    .tlsPins(TlsPin.of(pki.serverCertificate()))
                    .trustServerCertificate(pki.caCertificate())
                    .trustAnchors(List.of(pki.caCertificate()))
                    .build());
            SignerIdentity person = SignerIdentity.of(PersonalCode.parse(SmartIdTestAccount.OK.personalCode()));
            Authentication auth = smartId.authenticate(AuthenticationRequest.builder(person, challenge).build(),
                    SigningListener.none());
            assertEquals(SmartIdTestAccount.OK.givenName(), auth.givenName());
        }
        // @end
    }

    @Test
    void thePhoneShowsTheCodeThePersonWasShown() {
        try (SmartIdSimulator simulator = SmartIdSimulator.builder().start()) {
            SmartIdProvider smartId = smartIdProvider(simulator);
            SignerIdentity person = SignerIdentity.of(PersonalCode.parse(SmartIdTestAccount.OK.personalCode()));
            // @start region=phone-session
            List<String> shownToThePerson = new ArrayList<>();
            SigningListener showCode = new SigningListener() {
                @Override
                public void verificationCode(VerificationCode code) {
                    shownToThePerson.add(code.digits());
                }
            };
            smartId.authenticate(AuthenticationRequest.builder(person, challenge).build(), showCode);

            SimulatorSession onPhone = simulator.sessions().get(0);
            assertEquals(shownToThePerson, List.of(onPhone.verificationCode().orElseThrow()));
            assertEquals(Optional.of("OK"), onPhone.result());
            // @end
        }
    }

    @Test
    void aRefusingAccountEndsTheFlow() {
        try (SmartIdSimulator simulator = SmartIdSimulator.builder().start()) {
            SmartIdProvider smartId = smartIdProvider(simulator);
            // @start region=refusing-account
            SignerIdentity refusing = SignerIdentity.of(PersonalCode.parse(SmartIdTestAccount.USER_REFUSED.personalCode()));
            assertThrows(SignatureRefusedException.class, () -> smartId.authenticate(
                    AuthenticationRequest.builder(refusing, challenge).build(), SigningListener.none()));
            // @end
        }
    }

    @Test
    void anExpiredCertificateIsRejected() {
        // @start region=expired-certificates
        TestPki expired = TestPki.builder().validFrom(Instant.now().minus(Duration.ofDays(4 * 366))).build();
        try (SmartIdSimulator simulator = SmartIdSimulator.builder().pki(expired).start()) {
            SignerIdentity person = SignerIdentity.of(PersonalCode.parse(SmartIdTestAccount.OK.personalCode()));
            assertThrows(CertificateExpiredException.class, () -> smartIdProvider(simulator).authenticate(
                    AuthenticationRequest.builder(person, challenge).build(), SigningListener.none()));
        }
        // @end
    }

    @Test
    void theMobileIdDemoUserAuthenticates() {
        TestPki pki = TestPki.generate();
        // @start region=mobile-id
        try (MobileIdSimulator simulator = MobileIdSimulator.builder().pki(pki).start()) {
            MobileIdProvider mobileId = MobileIdProvider.create(MobileIdConfig.demo(
                            MobileIdSimulator.DEMO_RELYING_PARTY_UUID, MobileIdSimulator.DEMO_RELYING_PARTY_NAME)
                    .baseUri(simulator.baseUri())
                    .tlsPins(TlsPin.of(pki.serverCertificate()))
                    .trustServerCertificate(pki.caCertificate())
                    .trustAnchors(List.of(pki.caCertificate()))
                    .build());
            SignerIdentity person = SignerIdentity.mobileId(PhoneNumber.parse(MobileIdTestUser.OK.phoneNumber()),
                    PersonalCode.parse(MobileIdTestUser.OK.nationalIdentityNumber()));
            Authentication auth = mobileId.authenticate(AuthenticationRequest.builder(person, challenge).build(),
                    SigningListener.none());
            assertEquals(MobileIdTestUser.OK.givenName(), auth.givenName());
        }
        // @end
    }

    @Test
    void aCancellingUserEndsTheFlow() {
        try (MobileIdSimulator simulator = MobileIdSimulator.builder().start()) {
            MobileIdProvider mobileId = mobileIdProvider(simulator);
            // @start region=cancelling-user
            MobileIdTestUser cancels = MobileIdTestUser.USER_CANCELLED;
            SignerIdentity person = SignerIdentity.mobileId(PhoneNumber.parse(cancels.phoneNumber()),
                    PersonalCode.parse(cancels.nationalIdentityNumber()));
            assertThrows(SignatureRefusedException.class, () -> mobileId.authenticate(
                    AuthenticationRequest.builder(person, challenge).build(), SigningListener.none()));
            // @end
        }
    }

    @Test
    void theSandboxAcceptsSignaturesOfTheSimulatorsPki() {
        try (SmartIdSimulator simulator = SmartIdSimulator.builder().start()) {
            SmartIdProvider smartId = smartIdProvider(simulator);
            // @start region=signature-trust
            TestPki pki = simulator.pki();
            try (SandboxServer sandbox = SandboxServer.builder()
                    .signatureTrust(SignatureTrust.anchoredAt(pki.caCertificate()))
                    .start();
                 SavitarnaClient client = SavitarnaClient.builder().baseUri(sandbox.baseUri()).build();
                 Session session = client.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray())) {
                SignedDocument signed = session.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID).documents()
                        .sign(DemoData.CONTRACT_AWAITING_SIGNATURE_ID, smartId,
                                SignerIdentity.of(PersonalCode.parse(DemoData.JONAS_PERSONAL_CODE)), SigningListener.none());
                assertEquals(DocumentState.SIGNED, signed.document().state());
            }
            // @end
        }
    }

    /** A Smart-ID provider of the simulator, configured as in {@link #theSmartIdDemoPersonAuthenticates()}. */
    private static SmartIdProvider smartIdProvider(SmartIdSimulator simulator) {
        TestPki pki = simulator.pki();
        return SmartIdProvider.create(SmartIdConfig.demo(
                        SmartIdSimulator.DEMO_RELYING_PARTY_UUID, SmartIdSimulator.DEMO_RELYING_PARTY_NAME)
                .baseUri(simulator.baseUri())
                .tlsPins(TlsPin.of(pki.serverCertificate()))
                .trustServerCertificate(pki.caCertificate())
                .trustAnchors(List.of(pki.caCertificate()))
                .build());
    }

    /** A Mobile-ID provider of the simulator, configured as in {@link #theMobileIdDemoUserAuthenticates()}. */
    private static MobileIdProvider mobileIdProvider(MobileIdSimulator simulator) {
        TestPki pki = simulator.pki();
        return MobileIdProvider.create(MobileIdConfig.demo(
                        MobileIdSimulator.DEMO_RELYING_PARTY_UUID, MobileIdSimulator.DEMO_RELYING_PARTY_NAME)
                .baseUri(simulator.baseUri())
                .tlsPins(TlsPin.of(pki.serverCertificate()))
                .trustServerCertificate(pki.caCertificate())
                .trustAnchors(List.of(pki.caCertificate()))
                .build());
    }
}
