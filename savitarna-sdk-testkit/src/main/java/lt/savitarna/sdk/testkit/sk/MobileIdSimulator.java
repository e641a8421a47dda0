package lt.savitarna.sdk.testkit.sk;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * <pre>{@code
 * try (MobileIdSimulator mobileId = MobileIdSimulator.builder().pki(pki).start()) {
 *     URI base = mobileId.baseUri(); // https://127.0.0.1:PORT/mid-api
 *     // POST base + "/authentication" for MobileIdTestUser.OK (+37060000666, 50001018865)
 * }
 * }</pre>
 *
 * <p>A waiting long poll holds a connection but no thread: the server runs on
 * {@value SimHttpServer#WORKER_THREADS} worker threads and one timer thread, however many
 * clients wait. Thread-safe; {@link #close()} stops it for good.
 */
public final class MobileIdSimulator implements AutoCloseable {

    /** The path under which the API is served, as on SK's hosts. */
    public static final String BASE_PATH = "/mid-api";
    /** The demo relying party's UUID in SK's documentation. */
    public static final String DEMO_RELYING_PARTY_UUID = "00000000-0000-0000-0000-000000000000";
    /** The demo relying party's name. */
    public static final String DEMO_RELYING_PARTY_NAME = "DEMO";
    /** How long the simulated person takes to answer unless told otherwise. */
    public static final Duration DEFAULT_COMPLETION_DELAY = Duration.ofMillis(300);

    private final TestPki pki;
    private final MobileIdService service;
    private final SimHttpServer server;

    private MobileIdSimulator(Builder builder, TestPki pki) {
        this.pki = pki;
        this.service = new MobileIdService(builder.relyingPartyUuid, builder.relyingPartyName,
                builder.manualCompletion ? null : builder.completionDelay, builder.clock, pki.material());
        this.server = SimHttpServer.start("savitarna-mobile-id", builder.host, builder.port,
                pki.material().serverSslContext(), BASE_PATH, service);
    }

    /** {@return a builder with every setting at its default} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the API's base URI as SK writes its own, without a trailing slash: {@code https://127.0.0.1:54321/mid-api}} */
    public URI baseUri() {
        return URI.create("https://" + hostLiteral() + ":" + port() + BASE_PATH);
    }

    /** {@return the bound port} */
    public int port() {
        return server.port();
    }

    /** {@return the PKI whose certificates this simulator serves and signs with} */
    public TestPki pki() {
        return pki;
    }

    /** The session as the phone sees it, unless it is unknown or has expired. */
    public Optional<SimulatorSession> session(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return service.sessions().views().stream().filter(s -> s.sessionId().equals(sessionId)).findFirst();
    }

    /** {@return every session still kept, oldest first} */
    public List<SimulatorSession> sessions() {
        return service.sessions().views();
    }

    /**
     * Has the simulated person answer the session now, in this thread, instead of after the
     * completion delay. Waiting polls get the answer at once.
     *
     * @return false if the session is unknown or already answered
     */
    public boolean complete(String sessionId) {
        return service.completions().completeNow(Objects.requireNonNull(sessionId, "sessionId"));
    }

    /**
     * Has every simulated person with a running session answer now, in this thread.
     *
     * @return how many sessions completed
     */
    public int completeAll() {
        return service.completions().completeAll();
    }

    /** {@return how many long polls are waiting for an answer right now} */
    public int waitingPolls() {
        return service.sessions().waitingPolls();
    }

    /** Stops serving; waiting polls lose their connections. Idempotent. */
    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return "MobileIdSimulator[" + baseUri() + "]";
    }

    private String hostLiteral() {
        String literal = server.address().getAddress().getHostAddress();
        return literal.contains(":") ? "[" + literal + "]" : literal;
    }

    /**
     * Configures a simulator. Defaults: {@code 127.0.0.1}, an ephemeral port, SK's demo relying
     * party ({@value #DEMO_RELYING_PARTY_UUID}, {@value #DEMO_RELYING_PARTY_NAME}), a
     * {@code 300 ms} completion delay, the system UTC clock and a freshly generated {@link TestPki}.
     */
    public static final class Builder {

        private String host = "127.0.0.1";
        private int port;
        private String relyingPartyUuid = DEMO_RELYING_PARTY_UUID;
        private String relyingPartyName = DEMO_RELYING_PARTY_NAME;
        private Duration completionDelay = DEFAULT_COMPLETION_DELAY;
        private boolean manualCompletion;
        private Clock clock = Clock.systemUTC();
        private TestPki pki;

        private Builder() {
        }

        /** The address to bind; keep the loopback default unless you know why. */
        public Builder host(String host) {
            Objects.requireNonNull(host, "host");
            if (host.isBlank()) {
                throw new IllegalArgumentException("host must not be blank");
            }
            this.host = host;
            return this;
        }

        /** The port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535");
            }
            this.port = port;
            return this;
        }

        /** The one relying party the simulator serves; any other UUID or name gets 401. */
        public Builder relyingParty(String uuid, String name) {
            Objects.requireNonNull(uuid, "uuid");
            Objects.requireNonNull(name, "name");
            if (uuid.isBlank() || name.isBlank()) {
                throw new IllegalArgumentException("relying party UUID and name must not be blank");
            }
            this.relyingPartyUuid = uuid;
            this.relyingPartyName = name;
            return this;
        }

        /** How long the simulated person takes to answer (real time); zero answers at once. */
        public Builder completionDelay(Duration delay) {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("completionDelay must not be negative");
            }
            this.completionDelay = delay;
            this.manualCompletion = false;
            return this;
        }

        /**
         * Sessions stay {@code RUNNING} until the test calls {@code complete(sessionId)} or
         * {@code completeAll()}: for tests of waiting, cancelling and deadlines.
         */
        public Builder completeManually() {
            this.manualCompletion = true;
            return this;
        }

        /** The clock for session retention and the answers' {@code time} (see {@code MutableClock}). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The PKI to serve and sign with; share one between both simulators and your test. */
        public Builder pki(TestPki pki) {
            this.pki = Objects.requireNonNull(pki, "pki");
            return this;
        }

        /**
         * Builds and starts the simulator.
         *
         * @throws java.io.UncheckedIOException if the address cannot be bound
         */
        public MobileIdSimulator start() {
            return new MobileIdSimulator(this, pki != null ? pki : TestPki.generate());
        }
    }
}
