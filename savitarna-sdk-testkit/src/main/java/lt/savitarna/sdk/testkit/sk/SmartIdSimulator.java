package lt.savitarna.sdk.testkit.sk;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * <pre>{@code
 * TestPki pki = TestPki.generate();
 * try (SmartIdSimulator smartId = SmartIdSimulator.builder().pki(pki).start()) {
 *     URI base = smartId.baseUri(); // https://127.0.0.1:PORT/smart-id-rp/v2/
 *     // POST base + "authentication/etsi/PNOLT-30303039914", then GET base + "session/" + id
 *     SimulatorSession onPhone = smartId.session(sessionId).orElseThrow();
 *     onPhone.verificationCode(); // what the app shows
 * }
 * }</pre>
 *
 * <p>A waiting long poll holds a connection but no thread: the server runs on
 * {@value SimHttpServer#WORKER_THREADS} worker threads and one timer thread, however many
 * clients wait. Thread-safe; {@link #close()} stops it for good.
 */
public final class SmartIdSimulator implements AutoCloseable {

    /** The path under which the API is served, as on SK's hosts. */
    public static final String BASE_PATH = "/smart-id-rp/v2";
    /** The demo relying party's UUID in SK's v2 documentation. */
    public static final String DEMO_RELYING_PARTY_UUID = "00000000-0000-0000-0000-000000000000";
    /** The demo relying party's name. */
    public static final String DEMO_RELYING_PARTY_NAME = "DEMO";
    /** How long the simulated person takes to answer unless told otherwise. */
    public static final Duration DEFAULT_COMPLETION_DELAY = Duration.ofMillis(300);

    private final TestPki pki;
    private final SmartIdService service;
    private final SimHttpServer server;

    private SmartIdSimulator(Builder builder, TestPki pki) {
        this.pki = pki;
        this.service = new SmartIdService(builder.relyingPartyUuid, builder.relyingPartyName,
                builder.manualCompletion ? null : builder.completionDelay, builder.clock, pki.material());
        this.server = SimHttpServer.start("savitarna-smart-id", builder.host, builder.port,
                pki.material().serverSslContext(), BASE_PATH, service);
    }

    /** {@return a builder with every setting at its default} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the API's base URI with a trailing slash, e.g. {@code https://127.0.0.1:54321/smart-id-rp/v2/}} */
    public URI baseUri() {
        return URI.create("https://" + hostLiteral() + ":" + port() + BASE_PATH + "/");
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
        return "SmartIdSimulator[" + baseUri() + "]";
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

        /** The clock for session retention and the idempotency window (see {@code MutableClock}). */
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
        public SmartIdSimulator start() {
            return new SmartIdSimulator(this, pki != null ? pki : TestPki.generate());
        }
    }
}
