package lt.savitarna.sdk.testkit.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Objects;
import lt.savitarna.sdk.signature.Digest;
import lt.savitarna.sdk.testkit.sk.MobileIdTestUser;
import lt.savitarna.sdk.testkit.sk.internal.Credential;
import lt.savitarna.sdk.testkit.sk.internal.DeviceSignatures;
import lt.savitarna.sdk.testkit.sk.internal.KeyPurpose;
import lt.savitarna.sdk.testkit.sk.internal.PkiMaterial;
import lt.savitarna.sdk.testkit.sk.internal.TestPeople;

/**
 * WireMock stubs of SK's Mobile-ID REST API, for unit tests of code that uses a Mobile-ID provider
 * without the {@linkplain lt.savitarna.sdk.testkit.sk.MobileIdSimulator simulator}. Requests are
 * matched by the user's national identity number; a session answers {@code RUNNING} to the first
 * poll and {@code COMPLETE} to every later one, with ECDSA signatures (raw {@code r‖s}) over the
 * very digest given and certificates of a test PKI generated for these stubs (trust
 * {@link #trustAnchor()}). Test users whose result is not {@code OK} complete with that result.
 *
 * <!-- sample: SkStubsExampleTest#mobile-id -->
 * <pre>{@code
 * MobileIdStubs mobileIdStubs = MobileIdStubs.on(sk).authentication(MobileIdTestUser.OK, challenge);
 * MobileIdProvider mobileId = MobileIdProvider.create(MobileIdConfig.demo(DEMO_UUID, "DEMO")
 *         .baseUri(URI.create(sk.baseUrl() + "/mid-api/"))
 *         .trustAnchors(List.of(mobileIdStubs.trustAnchor()))
 *         .sleeper(waits::add)
 *         .build());
 *
 * SignerIdentity person = SignerIdentity.mobileId(PhoneNumber.parse(MobileIdTestUser.OK.phoneNumber()),
 *         PersonalCode.parse(MobileIdTestUser.OK.nationalIdentityNumber()));
 * Authentication auth = mobileId.authenticate(AuthenticationRequest.builder(person, challenge).build(),
 *         SigningListener.none());
 * assertEquals(MobileIdTestUser.OK.givenName(), auth.givenName());
 * }</pre>
 *
 * <p>The paths match under any base path. Each registered flow has one session: a second call of
 * the same flow finds it complete at once.
 */
// WireMock's types in the signatures are meant: users of the stubs require WireMock themselves (the
// testkit cannot re-export an optional module).
@SuppressWarnings("exports")
public final class MobileIdStubs {

    private final SkStubs sk;

    private MobileIdStubs(SkStubs sk) {
        this.sk = sk;
    }

    /** Stubs registered on a running server. */
    public static MobileIdStubs on(WireMockServer server) {
        return new MobileIdStubs(SkStubs.on(server));
    }

    /** Stubs registered through a WireMock client. */
    public static MobileIdStubs on(WireMock client) {
        return new MobileIdStubs(SkStubs.on(client));
    }

    /** The root of the test PKI that issued the stubs' certificates: configure it as the provider's trust anchor. */
    public X509Certificate trustAnchor() {
        return sk.caCertificate();
    }

    /** An authentication of the user over {@code challenge}: a signature over it and the authentication certificate. */
    public MobileIdStubs authentication(MobileIdTestUser user, Digest challenge) {
        Objects.requireNonNull(challenge, "challenge");
        return flow("authentication", user, challenge);
    }

    /** {@code POST /certificate}: the user's signing certificate ({@code NOT_FOUND} for a user without Mobile-ID). */
    public MobileIdStubs certificate(MobileIdTestUser user) {
        Objects.requireNonNull(user, "user");
        String answer = user.isMobileIdClient()
                ? "{\"result\":\"OK\",\"cert\":\"" + PkiMaterial.base64(credential(user, KeyPurpose.SIGNING).certificate()) + "\"}"
                : "{\"result\":\"NOT_FOUND\"}";
        sk.register(post(urlPathMatching(".*/certificate"))
                .withRequestBody(matchingJsonPath("$.nationalIdentityNumber", equalTo(user.nationalIdentityNumber())))
                .willReturn(SkStubs.json(answer)));
        return this;
    }

    /** A signature of {@code digest} with the user's signing key. */
    public MobileIdStubs signature(MobileIdTestUser user, Digest digest) {
        Objects.requireNonNull(digest, "digest");
        return flow("signature", user, digest);
    }

    private MobileIdStubs flow(String operation, MobileIdTestUser user, Digest digest) {
        Objects.requireNonNull(user, "user");
        String sessionId = SkStubs.newSessionId();
        sk.register(post(urlPathMatching(".*/" + operation))
                .withRequestBody(matchingJsonPath("$.nationalIdentityNumber", equalTo(user.nationalIdentityNumber())))
                .willReturn(SkStubs.json("{\"sessionID\":\"" + sessionId + "\"}")));
        String session = ".*/" + operation + "/session/" + sessionId;
        sk.session(get(urlPathMatching(session)), get(urlPathMatching(session)), sessionId,
                "{\"state\":\"RUNNING\"}", complete(operation, user, digest));
        return this;
    }

    private String complete(String operation, MobileIdTestUser user, Digest digest) {
        if (!"OK".equals(user.result())) {
            return "{\"state\":\"COMPLETE\",\"result\":\"" + user.result() + "\"}";
        }
        boolean authentication = "authentication".equals(operation);
        Credential credential = credential(user, authentication ? KeyPurpose.AUTHENTICATION : KeyPurpose.SIGNING);
        byte[] signature = DeviceSignatures.ecdsaP1363(credential.privateKey(), digest.value());
        StringBuilder answer = new StringBuilder("{\"state\":\"COMPLETE\",\"result\":\"OK\",\"signature\":{\"value\":\"")
                .append(Base64.getEncoder().encodeToString(signature))
                .append("\",\"algorithm\":\"").append(digest.type().name()).append("WithECEncryption\"}");
        if (authentication) {
            answer.append(",\"cert\":\"").append(PkiMaterial.base64(credential.certificate())).append('"');
        }
        return answer.append('}').toString();
    }

    private Credential credential(MobileIdTestUser user, KeyPurpose purpose) {
        return sk.pki().person(TestPeople.of(user), purpose);
    }
}
