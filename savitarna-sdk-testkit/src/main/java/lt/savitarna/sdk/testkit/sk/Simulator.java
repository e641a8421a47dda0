package lt.savitarna.sdk.testkit.sk;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lt.savitarna.sdk.testkit.sk.internal.SimHttpServer;
import lt.savitarna.sdk.testkit.sk.internal.SimService;

/**
 * What the Smart-ID and Mobile-ID simulators share: the HTTPS server, the sessions as the phones
 * see them, answering them from a test, and the builder settings. The public subclasses add only
 * their protocol's service, base path and defaults.
 */
abstract class Simulator implements AutoCloseable {

    /** SK's demo relying party UUID, as both services' documentation gives it. */
    static final String DEMO_UUID = "00000000-0000-0000-0000-000000000000";
    /** SK's demo relying party name. */
    static final String DEMO_NAME = "DEMO";
    /** How long the simulated person takes to answer unless told otherwise. */
    static final Duration DEFAULT_DELAY = Duration.ofMillis(300);

    private final TestPki pki;
    private final SimService service;
    private final SimHttpServer server;

    Simulator(Settings<?, ?> settings, TestPki pki, String threadPrefix, String basePath, SimService.Factory factory) {
        this.pki = pki;
        this.service = factory.create(settings.relyingPartyUuid, settings.relyingPartyName,
                settings.manualCompletion ? null : settings.completionDelay, settings.clock, pki.material());
        this.server = SimHttpServer.start(threadPrefix, settings.host, settings.port,
                pki.material().serverSslContext(), basePath, service);
    }

    /** {@return the API's base URI} */
    public abstract URI baseUri();

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
        return getClass().getSimpleName() + "[" + baseUri() + "]";
    }

    /** {@code https://HOST:PORT} with an IPv6 address in brackets. */
    final String origin() {
        String literal = server.address().getAddress().getHostAddress();
        return "https://" + (literal.contains(":") ? "[" + literal + "]" : literal) + ":" + port();
    }

    /**
     * The settings both simulators take. Defaults: {@code 127.0.0.1}, an ephemeral port, SK's demo
     * relying party, a {@code 300 ms} completion delay, the system UTC clock and a freshly
     * generated {@link TestPki}.
     *
     * @param <B> the public builder type, returned by every setter
     * @param <S> the simulator it starts
     */
    abstract static class Settings<B extends Settings<B, S>, S extends Simulator> {

        private String host = "127.0.0.1";
        private int port;
        private String relyingPartyUuid = DEMO_UUID;
        private String relyingPartyName = DEMO_NAME;
        private Duration completionDelay = DEFAULT_DELAY;
        private boolean manualCompletion;
        private Clock clock = Clock.systemUTC();
        private TestPki pki;

        abstract B self();

        /** Makes the simulator from these settings and the PKI. */
        abstract S create(TestPki pki);

        /** The address to bind; keep the loopback default unless you know why. */
        public B host(String host) {
            Objects.requireNonNull(host, "host");
            if (host.isBlank()) {
                throw new IllegalArgumentException("host must not be blank");
            }
            this.host = host;
            return self();
        }

        /** The port; 0 (the default) picks a free one. */
        public B port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535");
            }
            this.port = port;
            return self();
        }

        /** The one relying party the simulator serves; any other UUID or name gets 401. */
        public B relyingParty(String uuid, String name) {
            Objects.requireNonNull(uuid, "uuid");
            Objects.requireNonNull(name, "name");
            if (uuid.isBlank() || name.isBlank()) {
                throw new IllegalArgumentException("relying party UUID and name must not be blank");
            }
            this.relyingPartyUuid = uuid;
            this.relyingPartyName = name;
            return self();
        }

        /** How long the simulated person takes to answer (real time); zero answers at once. */
        public B completionDelay(Duration delay) {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("completionDelay must not be negative");
            }
            this.completionDelay = delay;
            this.manualCompletion = false;
            return self();
        }

        /**
         * Sessions stay {@code RUNNING} until the test calls {@code complete(sessionId)} or
         * {@code completeAll()}: for tests of waiting, cancelling and deadlines.
         */
        public B completeManually() {
            this.manualCompletion = true;
            return self();
        }

        /** The clock for session retention and answers' times (see {@code MutableClock}). */
        public B clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return self();
        }

        /** The PKI to serve and sign with; share one between both simulators and your test. */
        public B pki(TestPki pki) {
            this.pki = Objects.requireNonNull(pki, "pki");
            return self();
        }

        /**
         * Builds and starts the simulator.
         *
         * @return the running simulator
         * @throws java.io.UncheckedIOException if the address cannot be bound
         */
        public S start() {
            return create(pki != null ? pki : TestPki.generate());
        }
    }
}
