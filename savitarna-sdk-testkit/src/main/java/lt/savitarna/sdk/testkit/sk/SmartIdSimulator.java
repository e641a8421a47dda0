package lt.savitarna.sdk.testkit.sk;

import java.net.URI;
import java.time.Duration;
import lt.savitarna.sdk.testkit.sk.internal.SimHttpServer;
import lt.savitarna.sdk.testkit.sk.internal.SmartIdService;

/**
 * An in-process Smart-ID service speaking SK's relying-party REST API v2 over HTTPS (HTTP/1.1),
 * answering for {@link SmartIdTestAccount SK's demo accounts} as SK's demo environment does.
 *
 * <ul>
 *   <li>{@code POST certificatechoice|authentication|signature/etsi/{semanticsIdentifier}} and
 *       {@code .../document/{documentNumber}} → {@code {"sessionID"}}; a repeat of the same request
 *       within 15 seconds returns the same session (send another {@code nonce} for a new one).</li>
 *   <li>{@code GET session/{sessionId}?timeoutMs=N}: a long poll (1000..120000 ms, default 60500)
 *       held until the session completes or the time is up; completed sessions stay readable for
 *       five minutes by the simulator's clock, then 404.</li>
 *   <li>Requests are checked as SK checks them: 401 for another relying party UUID or name; 400
 *       for a missing or malformed field, a hash whose length does not fit {@code hashType}, or
 *       interaction texts over 60 / 200 characters; 404 for an unknown person or document; 471
 *       when {@code QUALIFIED} (the default) is asked of a non-qualified account.</li>
 *   <li>Each session completes after {@link Builder#completionDelay(Duration)} with the
 *       account's end result. An {@code OK} carries a real signature: the account's RSA key over
 *       the DigestInfo of the hash (authentication key for authentication, signing key for
 *       signing) and the certificate as Base64 DER with its level.</li>
 * </ul>
 *
 * <!-- sample: SimulatorsExampleTest#smart-id -->
 * <pre>{@code
 * TestPki pki = TestPki.generate();
 * try (SmartIdSimulator simulator = SmartIdSimulator.builder().pki(pki).start()) {
 *     SmartIdProvider smartId = SmartIdProvider.create(SmartIdConfig.demo(
 *                     SmartIdSimulator.DEMO_RELYING_PARTY_UUID, SmartIdSimulator.DEMO_RELYING_PARTY_NAME)
 *             .baseUri(simulator.baseUri())
 *             .tlsPins(TlsPin.of(pki.serverCertificate()))
 *             .trustServerCertificate(pki.caCertificate())
 *             .trustAnchors(List.of(pki.caCertificate()))
 *             .build());
 *     SignerIdentity person = SignerIdentity.of(PersonalCode.parse(SmartIdTestAccount.OK.personalCode()));
 *     Authentication auth = smartId.authenticate(AuthenticationRequest.builder(person, challenge).build(),
 *             SigningListener.none());
 *     assertEquals(SmartIdTestAccount.OK.givenName(), auth.givenName());
 * }
 * }</pre>
 *
 * <p>A waiting long poll holds a connection but no thread: the server runs on
 * {@value SimHttpServer#WORKER_THREADS} worker threads and one timer thread, however many
 * clients wait. Thread-safe; {@link #close()} stops it for good.
 */
public final class SmartIdSimulator extends Simulator {

    /** The path under which the API is served, as on SK's hosts. */
    public static final String BASE_PATH = "/smart-id-rp/v2";
    /** The demo relying party's UUID in SK's v2 documentation. */
    public static final String DEMO_RELYING_PARTY_UUID = Simulator.DEMO_UUID;
    /** The demo relying party's name. */
    public static final String DEMO_RELYING_PARTY_NAME = Simulator.DEMO_NAME;
    /** How long the simulated person takes to answer unless told otherwise. */
    public static final Duration DEFAULT_COMPLETION_DELAY = Simulator.DEFAULT_DELAY;

    private SmartIdSimulator(Builder builder, TestPki pki) {
        super(builder, pki, "savitarna-smart-id", BASE_PATH, SmartIdService::new);
    }

    /** {@return a builder with every setting at its default} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the API's base URI with a trailing slash, e.g. {@code https://127.0.0.1:54321/smart-id-rp/v2/}} */
    @Override
    public URI baseUri() {
        return URI.create(origin() + BASE_PATH + "/");
    }

    /**
     * Configures a simulator. Defaults: {@code 127.0.0.1}, an ephemeral port, SK's demo relying
     * party ({@value #DEMO_RELYING_PARTY_UUID}, {@value #DEMO_RELYING_PARTY_NAME}), a
     * {@code 300 ms} completion delay, the system UTC clock and a freshly generated {@link TestPki}.
     */
    public static final class Builder extends Simulator.Settings<Builder, SmartIdSimulator> {

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        @Override
        SmartIdSimulator create(TestPki pki) {
            return new SmartIdSimulator(this, pki);
        }
    }
}
