package lt.savitarna.sdk.testkit.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import lt.savitarna.sdk.signature.Digest;
import lt.savitarna.sdk.testkit.sk.SmartIdTestAccount;
import lt.savitarna.sdk.testkit.sk.internal.Credential;
import lt.savitarna.sdk.testkit.sk.internal.DeviceSignatures;
import lt.savitarna.sdk.testkit.sk.internal.KeyPurpose;
import lt.savitarna.sdk.testkit.sk.internal.PkiMaterial;
import lt.savitarna.sdk.testkit.sk.internal.TestPeople;

/**
 * WireMock stubs of SK's Smart-ID relying-party API v2, for unit tests of code that uses a
 * Smart-ID provider without the {@linkplain lt.savitarna.sdk.testkit.sk.SmartIdSimulator simulator}.
 * Each flow starts a session by the account's semantics identifier or document number; the
 * session answers {@code RUNNING} to the first poll and {@code COMPLETE} to every later one. The
 * answers are real: certificates of a test PKI generated for these stubs (trust
 * {@link #trustAnchor()}) and signatures over the very digest given, so the SDK's providers accept
 * them; the demo accounts that do not answer {@code OK} ({@code USER_REFUSED}, {@code WRONG_VC},
 * {@code TIMEOUT}) complete with that end result.
 *
 * <!-- sample: SkStubsExampleTest#smart-id -->
 * <pre>{@code
 * SmartIdStubs smartIdStubs = SmartIdStubs.on(sk).authentication(SmartIdTestAccount.OK, challenge);
 * SmartIdProvider smartId = SmartIdProvider.create(SmartIdConfig.demo(DEMO_UUID, "DEMO")
 *         .baseUri(URI.create(sk.baseUrl() + "/smart-id-rp/v2/"))
 *         .trustAnchors(List.of(smartIdStubs.trustAnchor()))
 *         .sleeper(waits::add)
 *         .build());
 *
 * SignerIdentity person = SignerIdentity.of(PersonalCode.parse(SmartIdTestAccount.OK.personalCode()));
 * Authentication auth = smartId.authenticate(AuthenticationRequest.builder(person, challenge).build(),
 *         SigningListener.none());
 * assertEquals(SmartIdTestAccount.OK.givenName(), auth.givenName());
 * }</pre>
 *
 * <p>The paths match under any base path. Each registered flow has one session: a second call of
 * the same flow finds it complete at once.
 */
// WireMock's types in the signatures are meant: users of the stubs require WireMock themselves (the
// testkit cannot re-export an optional module).
@SuppressWarnings("exports")
public final class SmartIdStubs {

    private final SkStubs sk;

    private SmartIdStubs(SkStubs sk) {
        this.sk = sk;
    }

    /** Stubs registered on a running server. */
    public static SmartIdStubs on(WireMockServer server) {
        return new SmartIdStubs(SkStubs.on(server));
    }

    /** Stubs registered through a WireMock client. */
    public static SmartIdStubs on(WireMock client) {
        return new SmartIdStubs(SkStubs.on(client));
    }

    /** The root of the test PKI that issued the stubs' certificates: configure it as the provider's trust anchor. */
    public X509Certificate trustAnchor() {
        return sk.caCertificate();
    }

    /** An authentication of the account over {@code challenge}: its authentication certificate and a signature over the challenge. */
    public SmartIdStubs authentication(SmartIdTestAccount account, Digest challenge) {
        Objects.requireNonNull(challenge, "challenge");
        return flow("authentication", account, KeyPurpose.AUTHENTICATION, challenge);
    }

    /** A certificate choice: the account's signing certificate and its document number. */
    public SmartIdStubs certificateChoice(SmartIdTestAccount account) {
        return flow("certificatechoice", account, KeyPurpose.SIGNING, null);
    }

    /** A signature of {@code digest} with the account's signing key. */
    public SmartIdStubs signature(SmartIdTestAccount account, Digest digest) {
        Objects.requireNonNull(digest, "digest");
        return flow("signature", account, KeyPurpose.SIGNING, digest);
    }

    private SmartIdStubs flow(String operation, SmartIdTestAccount account, KeyPurpose purpose, Digest digest) {
        Objects.requireNonNull(account, "account");
        String sessionId = SkStubs.newSessionId();
        String who = "(etsi/" + Pattern.quote(account.semanticsIdentifier())
                + "|document/" + Pattern.quote(account.documentNumber()) + ")";
        sk.register(post(urlPathMatching(".*/" + operation + "/" + who))
                .willReturn(SkStubs.json("{\"sessionID\":\"" + sessionId + "\"}")));
        String session = ".*/session/" + sessionId;
        sk.session(get(urlPathMatching(session)), get(urlPathMatching(session)), sessionId,
                "{\"state\":\"RUNNING\"}", complete(operation, account, purpose, digest));
        return this;
    }

    private String complete(String operation, SmartIdTestAccount account, KeyPurpose purpose, Digest digest) {
        if (!"OK".equals(account.endResult())) {
            return "{\"state\":\"COMPLETE\",\"result\":{\"endResult\":\"" + account.endResult() + "\"}}";
        }
        Credential credential = sk.pki().person(TestPeople.of(account), purpose);
        StringBuilder answer = new StringBuilder("{\"state\":\"COMPLETE\",\"result\":{\"endResult\":\"OK\",")
                .append("\"documentNumber\":\"").append(account.documentNumber()).append("\"}");
        if (digest != null) {
            byte[] signature = DeviceSignatures.rsaOverDigestInfo(credential.privateKey(), digest.type(), digest.value());
            answer.append(",\"signature\":{\"value\":\"").append(Base64.getEncoder().encodeToString(signature))
                    .append("\",\"algorithm\":\"").append(digest.type().name().toLowerCase(Locale.ROOT))
                    .append("WithRSAEncryption\"}");
        }
        if (!"signature".equals(operation)) {
            answer.append(",\"cert\":{\"value\":\"").append(PkiMaterial.base64(credential.certificate()))
                    .append("\",\"certificateLevel\":\"").append(account.certificateLevel()).append("\"}");
        }
        if (digest != null) {
            answer.append(",\"interactionFlowUsed\":\"displayTextAndPIN\"");
        }
        return answer.append('}').toString();
    }
}
