package lt.savitarna.sdk.testkit.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import lt.savitarna.sdk.signature.Authentication;
import lt.savitarna.sdk.signature.AuthenticationRequest;
import lt.savitarna.sdk.signature.CertificateRequest;
import lt.savitarna.sdk.signature.Digest;
import lt.savitarna.sdk.signature.HashType;
import lt.savitarna.sdk.signature.SignatureRefusedException;
import lt.savitarna.sdk.signature.SignatureRequest;
import lt.savitarna.sdk.signature.SignatureValue;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningCertificate;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.signature.identity.PhoneNumber;
import lt.savitarna.sdk.signing.MobileIdConfig;
import lt.savitarna.sdk.signing.MobileIdProvider;
import lt.savitarna.sdk.signing.SmartIdConfig;
import lt.savitarna.sdk.signing.SmartIdProvider;
import lt.savitarna.sdk.testkit.sk.MobileIdTestUser;
import lt.savitarna.sdk.testkit.sk.SmartIdTestAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SDK's own providers accept the stubs' answers: real signatures over the given digest, chained to the stubs' anchor. */
class SkStubsTest {

    private static final String UUID = "00000000-0000-0000-0000-000000000000";
    private static final Digest CHALLENGE = Digest.compute(HashType.SHA256, "portal challenge".getBytes(StandardCharsets.UTF_8));

    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private WireMockServer sk;

    @BeforeEach
    void start() {
        sk = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        sk.start();
    }

    @AfterEach
    void stop() {
        sk.stop();
    }

    @Test
    void smartIdAuthenticationCompletesAfterOneRunningPoll() {
        SmartIdStubs stubs = SmartIdStubs.on(sk).authentication(SmartIdTestAccount.OK, CHALLENGE);

        Authentication auth = smartId(stubs).authenticate(AuthenticationRequest.builder(
                SignerIdentity.of(PersonalCode.parse(SmartIdTestAccount.OK.personalCode())), CHALLENGE).build(),
                SigningListener.none());

        assertEquals("smart-id", auth.provider());
        assertEquals(SmartIdTestAccount.OK.givenName(), auth.givenName());
        sk.verify(2, getRequestedFor(urlPathMatching(".*/session/.*")));
    }

    @Test
    void smartIdSigningByDocumentNumber() throws Exception {
        Digest digest = Digest.compute(HashType.SHA256, "signed properties".getBytes(StandardCharsets.UTF_8));
        SmartIdStubs stubs = SmartIdStubs.on(sk)
                .certificateChoice(SmartIdTestAccount.OK)
                .signature(SmartIdTestAccount.OK, digest);
        SmartIdProvider provider = smartId(stubs);

        SigningCertificate certificate = provider.signingCertificate(CertificateRequest.builder(
                SignerIdentity.of(PersonalCode.parse(SmartIdTestAccount.OK.personalCode()))).build(), SigningListener.none());
        SignatureValue value = provider.sign(SignatureRequest.builder(certificate, digest).build(), SigningListener.none());

        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(certificate.certificate().getPublicKey()); // a signing certificate has non-repudiation usage only
        rsa.update("signed properties".getBytes(StandardCharsets.UTF_8));
        assertTrue(rsa.verify(value.value()), "the stubbed signature verifies over the digest");
    }

    @Test
    void smartIdRefusalEndsAsTheDemoAccountDoes() {
        SmartIdStubs stubs = SmartIdStubs.on(sk).authentication(SmartIdTestAccount.USER_REFUSED, CHALLENGE);

        assertThrows(SignatureRefusedException.class, () -> smartId(stubs).authenticate(AuthenticationRequest.builder(
                SignerIdentity.of(PersonalCode.parse(SmartIdTestAccount.USER_REFUSED.personalCode())), CHALLENGE).build(),
                SigningListener.none()));
    }

    @Test
    void mobileIdAuthenticationCompletesAfterOneRunningPoll() {
        MobileIdStubs stubs = MobileIdStubs.on(sk).authentication(MobileIdTestUser.OK, CHALLENGE);

        Authentication auth = mobileId(stubs).authenticate(AuthenticationRequest.builder(
                SignerIdentity.mobileId(PhoneNumber.parse(MobileIdTestUser.OK.phoneNumber()),
                        PersonalCode.parse(MobileIdTestUser.OK.nationalIdentityNumber())), CHALLENGE).build(),
                SigningListener.none());

        assertEquals("mobile-id", auth.provider());
        sk.verify(2, getRequestedFor(urlPathMatching(".*/authentication/session/.*")));
    }

    private SmartIdProvider smartId(SmartIdStubs stubs) {
        return SmartIdProvider.create(SmartIdConfig.demo(UUID, "DEMO")
                .baseUri(URI.create(sk.baseUrl() + "/smart-id-rp/v2/"))
                .trustAnchors(List.of(stubs.trustAnchor()))
                .sleeper(waits::add)
                .locale(Locale.ENGLISH)
                .build());
    }

    private MobileIdProvider mobileId(MobileIdStubs stubs) {
        return MobileIdProvider.create(MobileIdConfig.demo(UUID, "DEMO")
                .baseUri(URI.create(sk.baseUrl() + "/mid-api/"))
                .trustAnchors(List.of(stubs.trustAnchor()))
                .sleeper(waits::add)
                .locale(Locale.ENGLISH)
                .build());
    }
}
