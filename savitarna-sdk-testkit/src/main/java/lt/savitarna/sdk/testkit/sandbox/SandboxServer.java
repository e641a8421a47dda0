package lt.savitarna.sdk.testkit.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import lt.savitarna.sdk.testkit.sandbox.internal.Account;
import lt.savitarna.sdk.testkit.sandbox.internal.ProblemException;
import lt.savitarna.sdk.testkit.sandbox.internal.SandboxEngine;
import lt.savitarna.sdk.testkit.sandbox.internal.workspace.WorkspaceHooks;
import lt.savitarna.sdk.testkit.sandbox.internal.workspace.WorkspaceOptions;

/**
 * The sandbox portal: a stateful HTTP server on the loopback address implementing the portal API
 * ({@code /api/v1}: registrations, password and e-signature login, refresh-token rotation, logout,
 * {@code /me}, consents, identity confirmation, companies, representations, and in every workspace documents with their files,
 * change feed and signing, the Žemyna loyalty programme and help), seeded with {@link DemoData}.
 *
 * <!-- sample: SandboxServerExampleTest#expired-token -->
 * <pre>{@code
 * MutableClock clock = MutableClock.at(Instant.parse("2026-11-24T10:00:00Z"));
 * try (SandboxServer sandbox = SandboxServer.builder().clock(clock).accessTokenTtl(Duration.ofMinutes(5)).start();
 *      SavitarnaClient client = SavitarnaClient.builder().baseUri(sandbox.baseUri()).clock(clock).build();
 *      Session session = client.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray())) {
 *     clock.advance(Duration.ofMinutes(6)); // the access token has expired
 *
 *     assertEquals(DemoData.JONAS_FIRST_NAME, session.me().firstName());
 *     assertEquals(1, sandbox.counters().successfulRefreshes());
 * }
 * }</pre>
 *
 * <p>Test hooks over HTTP (outside the contract, not counted, never faulted or recorded):
 * <ul>
 *   <li>{@code POST /_sandbox/accounts/{email}/confirm-identity}
 *       {@code {"personalCode","method","givenName","surname"}} → 200 with the {@code /me} body;
 *       404 unknown email, 409 {@code IDENTITY_MISMATCH}</li>
 *   <li>{@code POST /_sandbox/representations} {@code {"personalCode","companyId","partyName","partyCode"}}
 *       → 201 {@code {"partyId"}}</li>
 *   <li>{@code GET|POST|DELETE /_sandbox/faults}; a fault is
 *       {@code {"method","path","times","action","status","code","retryAfterSeconds","delayMillis"}}
 *       with {@code action} one of {@link SandboxFault.Action}</li>
 *   <li>{@code GET|DELETE /_sandbox/counters} → {@code {"requests":{"POST /api/v1/...":n},
 *       "successfulRefreshes":n,"accounts":{"email":n},"orders":{"total":n,"byIdempotencyKey":{..},
 *       "byOffer":{..}},"uploads":{"total":n,"byIdempotencyKey":{..}},"completedSignatures":n}}
 *       (workspace figures cover the workspaces used so far, seed data included)</li>
 *   <li>{@code POST /_sandbox/reset}</li>
 *   <li>Workspace hooks under {@code /_sandbox/companies/{companyId}/parties/{partyId}} (404 for an
 *       unknown company or party), as {@link SandboxWorkspace} offers them in Java:
 *     <ul>
 *       <li>{@code POST .../documents} {@code {"type","title","state","number","issueDate","contractId",
 *           "amount":{"amount","currency"},"fileName","revision","id"}} (only {@code type} and {@code title}
 *           required) → 201 {@code {"id","sequence","document"}}</li>
 *       <li>{@code PATCH .../documents/{documentId}} with any of those fields (absent: unchanged; {@code null}
 *           clears {@code number}, {@code contractId}, {@code amount}) → 200 {@code {"id","sequence","document"}}</li>
 *       <li>{@code DELETE .../documents/{documentId}} → 200 {@code {"sequence"}}</li>
 *       <li>{@code POST .../documents/changes/expire} {@code {"throughSequence"}} (default: all) → 200
 *           {@code {"expiredThrough","lastSequence"}}</li>
 *       <li>{@code POST .../loyalty/orders/{orderId}/state} {@code {"state"}} → 200 with the order</li>
 *       <li>{@code POST .../help/requests/{requestId}/replies} {@code {"text","close"}} → 201 with the request</li>
 *     </ul></li>
 * </ul>
 *
 * <p>Workspaces: every (group company × party) is seeded the first time anyone uses it, relative
 * to the sandbox clock at that moment (see {@link DemoData} for what Jonas's hold). Files are
 * generated while they are sent, never held whole, so {@link DemoData#LARGE_DOCUMENT_ID} can be
 * gigabytes ({@link Builder#largeDocumentSize}). A prepared signature waits
 * {@value #SIGNATURE_TTL_MINUTES} minutes for its value.
 *
 * <p>E-signature login and identity confirmation: a challenge is 32 random bytes
 * ({@code hashType SHA256}), valid {@value #SIGNATURE_TTL_MINUTES} minutes and completed once. The
 * answer is verified as the portal does: the signature over the hash (RSA PKCS#1 v1.5 over
 * DigestInfo, RSASSA-PSS, or ECDSA raw {@code r||s}), the certificate's validity, key usage
 * ({@code digitalSignature}) and {@link Builder#signatureTrust trust}, and that its subject
 * {@code serialNumber} ({@code PNOLT-<code>}) is the person the challenge named. Login finds the
 * account whose confirmed identity is that personal code (the demo customer's is SK's Smart-ID
 * demo person {@value DemoData#JONAS_PERSONAL_CODE}); confirmation binds it to the caller's
 * account. With the simulators, trust their CA:
 * {@code .signatureTrust(SignatureTrust.anchoredAt(pki.caCertificate()))}.
 *
 * <p>Thread-safe. {@link #close()} stops it; a closed server cannot be started again.
 */
public final class SandboxServer implements AutoCloseable {

    /** The loopback address the sandbox binds to unless told otherwise. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final Duration DEFAULT_ACCESS_TOKEN_TTL = Duration.ofMinutes(15);
    public static final Duration DEFAULT_REFRESH_TOKEN_TTL = Duration.ofDays(30);
    public static final int DEFAULT_EXCHANGE_LOG_CAPACITY = 1000;
    /** How long a prepared signature waits for its value. */
    public static final int SIGNATURE_TTL_MINUTES = 5;
    /** The smallest {@link Builder#largeDocumentSize}: room for the PDF's text page. */
    public static final long MIN_LARGE_DOCUMENT_SIZE = 16 * 1024;

    private static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

    private final String host;
    private final int requestedPort;
    private final Executor suppliedExecutor;
    private final SandboxEngine engine;
    private final SandboxFaults faults;
    private final SandboxCounters counters;

    private HttpServer server;
    private ExecutorService ownedExecutor;
    private boolean closed;

    private SandboxServer(Builder builder) {
        this.host = builder.host;
        this.requestedPort = builder.port;
        this.suppliedExecutor = builder.executor;
        this.engine = new SandboxEngine(builder.clock, builder.accessTokenTtl, builder.refreshTokenTtl,
                builder.exchangeLogCapacity, builder.demoAccounts, new WorkspaceOptions(builder.largeDocumentSize,
                        builder.signatureTrust, Duration.ofMinutes(SIGNATURE_TTL_MINUTES)));
        this.faults = new SandboxFaults(engine.faults());
        this.counters = new SandboxCounters(engine);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds and starts serving. Returns {@code this}.
     *
     * @throws IllegalStateException if already started or closed
     * @throws UncheckedIOException  if the address cannot be bound
     */
    public synchronized SandboxServer start() {
        if (closed) {
            throw new IllegalStateException("sandbox is closed");
        }
        if (server != null) {
            throw new IllegalStateException("sandbox is already started");
        }
        disableNagle();
        HttpServer created;
        try {
            created = HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), requestedPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the sandbox to " + host + ":" + requestedPort, e);
        }
        created.createContext("/", engine.dispatcher());
        if (suppliedExecutor != null) {
            created.setExecutor(suppliedExecutor);
        } else {
            ownedExecutor = Executors.newCachedThreadPool(daemonThreads());
            created.setExecutor(ownedExecutor);
        }
        created.start();
        server = created;
        return this;
    }

    /** The base URI, e.g. {@code http://127.0.0.1:54321} (no trailing slash). */
    public synchronized URI baseUri() {
        requireStarted();
        String literal = server.getAddress().getAddress().getHostAddress();
        String hostPart = literal.contains(":") ? "[" + literal + "]" : literal;
        return URI.create("http://" + hostPart + ":" + server.getAddress().getPort());
    }

    /** The bound port (useful when built with port 0). */
    public synchronized int port() {
        requireStarted();
        return server.getAddress().getPort();
    }

    /** Stops serving and releases the port and the threads it made. Idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        if (server != null) {
            server.stop(0);
            server = null;
        }
        if (ownedExecutor != null) {
            // Interrupts delayed responses too.
            ownedExecutor.shutdownNow();
            ownedExecutor = null;
        }
    }

    /** The fault switches. */
    public SandboxFaults faults() {
        return faults;
    }

    /** Request, refresh and account counters. */
    public SandboxCounters counters() {
        return counters;
    }

    /** The recorded exchanges, oldest first (bounded; the oldest are dropped). */
    public List<SandboxExchange> exchanges() {
        return engine.recorder().snapshot();
    }

    public void clearExchanges() {
        engine.recorder().clear();
    }

    /**
     * Back to the state right after start: seed data only; no registered accounts, sessions,
     * idempotency keys, faults, counts or exchanges.
     */
    public void reset() {
        engine.reset();
    }

    /**
     * Confirms an account's identity as an e-signature would. The account then represents the
     * person themselves in every group company, plus the companies granted to that personal code.
     * Confirming again with the same personal code changes nothing.
     *
     * @throws IllegalArgumentException if no account has this email
     * @throws IllegalStateException    if the account is bound to another personal code
     */
    public SandboxAccount confirmIdentity(String email, SandboxIdentity identity) {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(identity, "identity");
        try {
            return view(engine.confirmIdentity(email, identity.personalCode(), identity.method(),
                    identity.givenName(), identity.surname()));
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                throw new IllegalArgumentException("no account with email " + email);
            }
            throw new IllegalStateException("account " + email + " is bound to another identity");
        }
    }

    /**
     * Authorises the person with {@code personalCode} to represent a company (by its 9-digit
     * {@code partyCode}) in the group company {@code companyId}; accounts confirmed with that code
     * see it at once. A company already known by its code keeps its party id.
     *
     * @return the party id of the represented company
     * @throws IllegalArgumentException for an unknown group company
     */
    public String grantRepresentation(String personalCode, String companyId, String partyName, String partyCode) {
        Objects.requireNonNull(personalCode, "personalCode");
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(partyName, "partyName");
        Objects.requireNonNull(partyCode, "partyCode");
        return engine.state().grantRepresentation(personalCode, companyId, partyName, partyCode, null);
    }

    /**
     * Test hooks for the workspace of a group company and a party (a person's own party or a
     * represented company), whoever represents it; seeds it if nobody used it yet.
     *
     * @throws IllegalArgumentException for an unknown group company or party
     */
    public SandboxWorkspace workspace(String companyId, String partyId) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(partyId, "partyId");
        return new SandboxWorkspace(engine.workspaces(), WorkspaceHooks.workspace(engine.workspaces(), companyId,
                partyId));
    }

    /** The account with this email (any case), if there is one. */
    public Optional<SandboxAccount> account(String email) {
        return engine.state().accountByEmail(Objects.requireNonNull(email, "email")).map(SandboxServer::view);
    }

    @Override
    public String toString() {
        synchronized (this) {
            return server == null ? "SandboxServer[" + (closed ? "closed" : "not started") + "]"
                    : "SandboxServer[" + baseUri() + "]";
        }
    }

    private void requireStarted() {
        if (server == null) {
            throw new IllegalStateException(closed ? "sandbox is closed" : "sandbox is not started");
        }
    }

    /**
     * The JDK server writes a response's headers and body separately; with Nagle's algorithm on,
     * the body then waits for the client's delayed ACK, about 40 ms per request on loopback, which
     * makes every test that talks to the sandbox twenty times slower. The JDK reads this switch
     * once, when its first server is created; an explicit setting is left alone.
     */
    private static void disableNagle() {
        if (System.getProperty(NODELAY_PROPERTY) == null) {
            System.setProperty(NODELAY_PROPERTY, "true");
        }
    }

    private static SandboxAccount view(Account account) {
        return new SandboxAccount(account.id(), account.email(), account.firstName(), account.lastName(),
                account.identityConfirmed(), account.zemynaMember());
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "savitarna-sandbox-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Configures a sandbox. Every setting has a default: loopback {@value #DEFAULT_HOST}, an
     * ephemeral port, the system UTC clock, 15-minute access and 30-day refresh tokens.
     */
    public static final class Builder {

        private String host = DEFAULT_HOST;
        private int port;
        private Clock clock = Clock.systemUTC();
        private Duration accessTokenTtl = DEFAULT_ACCESS_TOKEN_TTL;
        private Duration refreshTokenTtl = DEFAULT_REFRESH_TOKEN_TTL;
        private Executor executor;
        private int exchangeLogCapacity = DEFAULT_EXCHANGE_LOG_CAPACITY;
        private boolean demoAccounts = true;
        private long largeDocumentSize = DemoData.LARGE_DOCUMENT_DEFAULT_SIZE;
        private SignatureTrust signatureTrust = SignatureTrust.anyCertificate();

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

        /** The clock for timestamps and token expiry (see {@code MutableClock}). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder accessTokenTtl(Duration ttl) {
            this.accessTokenTtl = positiveSeconds(ttl, "accessTokenTtl");
            return this;
        }

        public Builder refreshTokenTtl(Duration ttl) {
            this.refreshTokenTtl = positiveSeconds(ttl, "refreshTokenTtl");
            return this;
        }

        /**
         * The executor that runs request handlers; the caller keeps ownership (the sandbox does not
         * shut it down). By default the sandbox uses its own daemon threads.
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /** How many exchanges {@link SandboxServer#exchanges()} keeps (0 turns recording off). */
        public Builder exchangeLogCapacity(int capacity) {
            if (capacity < 0) {
                throw new IllegalArgumentException("capacity must not be negative");
            }
            this.exchangeLogCapacity = capacity;
            return this;
        }

        /** Whether Jonas and Ona of {@link DemoData} exist (default true); the group companies always do. */
        public Builder demoAccounts(boolean enabled) {
            this.demoAccounts = enabled;
            return this;
        }

        /**
         * The exact size in bytes of {@link DemoData#LARGE_DOCUMENT_ID} (default
         * {@link DemoData#LARGE_DOCUMENT_DEFAULT_SIZE}, 1 GiB); tests that only need "large" use a
         * few MiB. The file is generated while it is sent; its SHA-256 takes one streaming pass,
         * made the first time the document is listed or downloaded.
         */
        public Builder largeDocumentSize(long bytes) {
            if (bytes < MIN_LARGE_DOCUMENT_SIZE) {
                throw new IllegalArgumentException("largeDocumentSize must be at least " + MIN_LARGE_DOCUMENT_SIZE);
            }
            this.largeDocumentSize = bytes;
            return this;
        }

        /**
         * Which signing certificates are trusted (default {@link SignatureTrust#anyCertificate()});
         * the simulators' test CA plugs in here.
         */
        public Builder signatureTrust(SignatureTrust trust) {
            this.signatureTrust = Objects.requireNonNull(trust, "trust");
            return this;
        }

        /** A sandbox that is not started yet. */
        public SandboxServer build() {
            return new SandboxServer(this);
        }

        /** Builds and starts. */
        public SandboxServer start() {
            return build().start();
        }

        private static Duration positiveSeconds(Duration ttl, String name) {
            Objects.requireNonNull(ttl, name);
            if (ttl.isNegative() || ttl.toSeconds() < 1) {
                throw new IllegalArgumentException(name + " must be at least one second");
            }
            return ttl;
        }
    }
}
