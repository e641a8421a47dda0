package lt.savitarna.sdk.examples.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import lt.savitarna.sdk.signature.Authentication;
import lt.savitarna.sdk.signature.AuthenticationRequest;
import lt.savitarna.sdk.signature.Digest;
import lt.savitarna.sdk.signature.HashType;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.signature.identity.PhoneNumber;
import lt.savitarna.sdk.signing.MobileIdConfig;
import lt.savitarna.sdk.signing.MobileIdProvider;
import lt.savitarna.sdk.signing.SmartIdConfig;
import lt.savitarna.sdk.signing.SmartIdProvider;
import lt.savitarna.sdk.testkit.sk.MobileIdTestUser;
import lt.savitarna.sdk.testkit.sk.SmartIdTestAccount;
import lt.savitarna.sdk.testkit.wiremock.MobileIdStubs;
import lt.savitarna.sdk.testkit.wiremock.SmartIdStubs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Unit-testing a Smart-ID or Mobile-ID flow against WireMock stubs of SK's relying-party APIs:
 * one session per registered flow, which runs once and then completes, signed for real with a
 * test PKI the stubs bring along. The providers' sleeper records the polls' waits instead of
 * sleeping.
 */
class SkStubsExampleTest {

    private static final String DEMO_UUID = "00000000-0000-0000-0000-000000000000";

    private final Digest challenge = Digest.compute(HashType.SHA256, "login challenge".getBytes(StandardCharsets.UTF_8));
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
    void smartIdAuthenticationAgainstTheStubs() {
        // @start region=smart-id
        SmartIdStubs smartIdStubs = SmartIdStubs.on(sk).authentication(SmartIdTestAccount.OK, challenge);
        SmartIdProvider smartId = SmartIdProvider.create(SmartIdConfig.demo(DEMO_UUID, "DEMO")
                .baseUri(URI.create(sk.baseUrl() + "/smart-id-rp/v2/"))
                .trustAnchors(List.of(smartIdStubs.trustAnchor()))
                .sleeper(waits::add)
                .build());

        SignerIdentity person = SignerIdentity.of(PersonalCode.parse(SmartIdTestAccount.OK.personalCode()));
        Authentication auth = smartId.authenticate(AuthenticationRequest.builder(person, challenge).build(),
                SigningListener.none());
        assertEquals(SmartIdTestAccount.OK.givenName(), auth.givenName());
        // @end
    }

    @Test
    void mobileIdAuthenticationAgainstTheStubs() {
        // @start region=mobile-id
        MobileIdStubs mobileIdStubs = MobileIdStubs.on(sk).authentication(MobileIdTestUser.OK, challenge);
        MobileIdProvider mobileId = MobileIdProvider.create(MobileIdConfig.demo(DEMO_UUID, "DEMO")
                .baseUri(URI.create(sk.baseUrl() + "/mid-api/"))
                .trustAnchors(List.of(mobileIdStubs.trustAnchor()))
                .sleeper(waits::add)
                .build());

        SignerIdentity person = SignerIdentity.mobileId(PhoneNumber.parse(MobileIdTestUser.OK.phoneNumber()),
                PersonalCode.parse(MobileIdTestUser.OK.nationalIdentityNumber()));
        Authentication auth = mobileId.authenticate(AuthenticationRequest.builder(person, challenge).build(),
                SigningListener.none());
        assertEquals(MobileIdTestUser.OK.givenName(), auth.givenName());
        // @end
    }
}
