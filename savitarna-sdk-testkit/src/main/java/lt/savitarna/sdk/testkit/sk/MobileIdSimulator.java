package lt.savitarna.sdk.testkit.sk;

import java.net.URI;
import java.time.Duration;
import lt.savitarna.sdk.testkit.sk.internal.SimHttpServer;
import lt.savitarna.sdk.testkit.sk.internal.MobileIdService;

/**
 * An in-process Mobile-ID service speaking SK's MID REST API over HTTPS, answering for
 * {@link MobileIdTestUser SK's demo test numbers} as SK's demo environment does.
 *
 * <ul>
 *   <li>{@code POST /certificate} → {@code {"result":"OK","cert":...}} with the signing
 *       certificate, or {@code {"result":"NOT_FOUND"}} (HTTP 200 both) for anyone who is not a
 *       Mobile-ID client: any phone and identity number pair that is not a test user.</li>
 *   <li>{@code POST /authentication}, {@code POST /signature} → {@code {"sessionID"}}.</li>
 *   <li>{@code GET /authentication/session/{id}?timeoutMs=N}, {@code GET /signature/session/{id}}:
 *       a long poll (kept within 1000..120000 ms, default 10000) held until the session completes
 *       or the time is up; a newer poll of the same session releases the older one with
 *       {@code RUNNING}, as SK's service does. Completed sessions stay readable for five minutes
 *       by the simulator's clock, then 404.</li>
 *   <li>Results by test user: {@code OK}, {@code TIMEOUT}, {@code NOT_MID_CLIENT},
 *       {@code USER_CANCELLED}, {@code SIGNATURE_HASH_MISMATCH}, {@code PHONE_ABSENT},
 *       {@code DELIVERY_ERROR}, {@code SIM_ERROR}. An {@code OK} carries an EC signature over the
 *       hash as raw {@code r || s} with algorithm {@code SHA256WithECEncryption} (or SHA384/512
 *       after the hash type); authentication adds the authentication certificate as
 *       {@code cert}, signing does not (fetch it from {@code /certificate}).</li>
 *   <li>400 {@code {"error": ...}} for a missing or malformed field, a hash whose length does not
 *       fit {@code hashType}, a display text over 100 GSM-7 / 50 UCS-2 characters; 401 for another
 *       relying party UUID (case-sensitive) or name.</li>
 * </ul>
 *
 * <!-- sample: SimulatorsExampleTest#mobile-id -->
 * <pre>{@code
 * try (MobileIdSimulator simulator = MobileIdSimulator.builder().pki(pki).start()) {
 *     MobileIdProvider mobileId = MobileIdProvider.create(MobileIdConfig.demo(
 *                     MobileIdSimulator.DEMO_RELYING_PARTY_UUID, MobileIdSimulator.DEMO_RELYING_PARTY_NAME)
 *             .baseUri(simulator.baseUri())
 *             .tlsPins(TlsPin.of(pki.serverCertificate()))
 *             .trustServerCertificate(pki.caCertificate())
 *             .trustAnchors(List.of(pki.caCertificate()))
 *             .build());
 *     SignerIdentity person = SignerIdentity.mobileId(PhoneNumber.parse(MobileIdTestUser.OK.phoneNumber()),
 *             PersonalCode.parse(MobileIdTestUser.OK.nationalIdentityNumber()));
 *     Authentication auth = mobileId.authenticate(AuthenticationRequest.builder(person, challenge).build(),
 *             SigningListener.none());
 *     assertEquals(MobileIdTestUser.OK.givenName(), auth.givenName());
 * }
 * }</pre>
 *
 * <p>A waiting long poll holds a connection but no thread: the server runs on
 * {@value SimHttpServer#WORKER_THREADS} worker threads and one timer thread, however many
 * clients wait. Thread-safe; {@link #close()} stops it for good.
 */
public final class MobileIdSimulator extends Simulator {

    /** The path under which the API is served, as on SK's hosts. */
    public static final String BASE_PATH = "/mid-api";
    /** The demo relying party's UUID in SK's documentation. */
    public static final String DEMO_RELYING_PARTY_UUID = Simulator.DEMO_UUID;
    /** The demo relying party's name. */
    public static final String DEMO_RELYING_PARTY_NAME = Simulator.DEMO_NAME;
    /** How long the simulated person takes to answer unless told otherwise. */
    public static final Duration DEFAULT_COMPLETION_DELAY = Simulator.DEFAULT_DELAY;

    private MobileIdSimulator(Builder builder, TestPki pki) {
        super(builder, pki, "savitarna-mobile-id", BASE_PATH, MobileIdService::new);
    }

    /** {@return a builder with every setting at its default} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the API's base URI as SK writes its own, without a trailing slash: {@code https://127.0.0.1:54321/mid-api}} */
    @Override
    public URI baseUri() {
        return URI.create(origin() + BASE_PATH);
    }

    /**
     * Configures a simulator. Defaults: {@code 127.0.0.1}, an ephemeral port, SK's demo relying
     * party ({@value #DEMO_RELYING_PARTY_UUID}, {@value #DEMO_RELYING_PARTY_NAME}), a
     * {@code 300 ms} completion delay, the system UTC clock and a freshly generated {@link TestPki}.
     */
    public static final class Builder extends Simulator.Settings<Builder, MobileIdSimulator> {

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        @Override
        MobileIdSimulator create(TestPki pki) {
            return new MobileIdSimulator(this, pki);
        }
    }
}
