package lt.savitarna.sdk;

import java.net.InetAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import lt.savitarna.sdk.account.Accounts;
import lt.savitarna.sdk.error.InvalidCredentialsException;
import lt.savitarna.sdk.error.ValidationException;
import lt.savitarna.sdk.internal.account.DefaultAccounts;
import lt.savitarna.sdk.internal.auth.TokenAnswer;
import lt.savitarna.sdk.internal.esign.EsignExchange;
import lt.savitarna.sdk.internal.http.ResponseReader;
import lt.savitarna.sdk.signature.SignatureProvider;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.internal.http.HttpClients;
import lt.savitarna.sdk.internal.http.HttpPipeline;
import lt.savitarna.sdk.internal.http.PipelineSettings;
import lt.savitarna.sdk.internal.http.RefCounted;
import lt.savitarna.sdk.internal.i18n.Messages;
import lt.savitarna.sdk.internal.json.JsonCodec;

/**
 * The entry point of the SDK: a client of one portal. Immutable and thread-safe; create one per
 * portal and share it. It holds one {@link HttpClient} and one JSON-B instance; a client made with
 * {@link #toBuilder()} shares them when its HTTP settings are the same, and they are released
 * when the last client using them is closed.
 *
 * <p>Every call gets an {@code X-Request-Id} (the same on all its retries), POSTs that change
 * something an {@code Idempotency-Key} (likewise), per-attempt timeouts and a total deadline, and
 * retries per the {@link RetryPolicy}. Failures are {@link lt.savitarna.sdk.error.SavitarnaException}s
 * with messages for people in the client's {@linkplain Builder#locale(Locale) locale}.
 *
 * <!-- sample: WorkspaceTour#client-session-workspace -->
 * <pre>{@code
 * try (SavitarnaClient client = SavitarnaClient.builder()
 *              .baseUri(URI.create("https://savitarna.agrokoncernas.lt"))
 *              .locale(Locale.forLanguageTag("lt"))
 *              .build();
 *      Session session = client.login(email, password)) {
 *     if (session.state() == SessionState.IDENTITY_UNCONFIRMED) {
 *         throw new IllegalStateException("confirm the identity with Smart-ID or Mobile-ID first");
 *     }
 *     for (Representation representation : session.representations()) {
 *         Workspace workspace = session.workspace(representation);
 *         out.println("Workspace " + workspace.companyId() + " × " + workspace.partyId());
 *     }
 *     // ...work in the workspaces
 * }
 * }</pre>
 */
public final class SavitarnaClient implements AutoCloseable {

    private final Builder settings;
    private final RefCounted<HttpClient> http;
    private final RefCounted<JsonCodec> json;
    private final HttpClients.Settings httpSettings;
    private final HttpPipeline pipeline;
    private final DefaultAccounts accounts;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SavitarnaClient(Builder b, RefCounted<HttpClient> http, HttpClients.Settings httpSettings,
                            RefCounted<JsonCodec> json) {
        this.settings = b.copy();
        this.http = http;
        this.httpSettings = httpSettings;
        this.json = json;
        this.pipeline = new HttpPipeline(http.value(), json.value(), new PipelineSettings(
                apiRoot(b.baseUri), b.attemptTimeout, b.deadline, b.retryPolicy, b.sleeper, b.clock, b.random,
                HttpClients.userAgent(b.userAgentSuffix), b.locale));
        this.accounts = new DefaultAccounts(pipeline);
    }

    /** A builder with the defaults; only {@link Builder#baseUri(URI)} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder with this client's settings. A client built from it without changing the connect
     * timeout, executor, proxy or base URI scheme shares this client's HTTP client; it always
     * shares the JSON-B instance. The retry budget is the new client's own.
     */
    public Builder toBuilder() {
        Builder b = settings.copy();
        b.sharedHttp = http;
        b.sharedHttpSettings = httpSettings;
        b.sharedJson = json;
        return b;
    }

    /** Account operations that need no session, such as registration. */
    public Accounts accounts() {
        ensureOpen();
        return accounts;
    }

    /**
     * Logs in with an email and password ({@code POST /api/v1/auth/password}). Members of the
     * Žemyna farmers' club use their club email and password. The password array is read, never
     * kept or turned into a {@code String}; it still belongs to the caller, who should clear it.
     *
     * @return the new session; check {@link Session#state()} for identity confirmation
     * @throws ValidationException          the email or password is empty (nothing is sent)
     * @throws InvalidCredentialsException the portal rejected the credentials
     */
    public Session login(String email, char[] password) {
        ensureOpen();
        Instant issuedAt = settings.clock.instant();
        TokenAnswer answer = accounts.login(email, password);
        return new Session(pipeline, answer, issuedAt, settings.tokenRefreshSkew);
    }

    /**
     * Logs in with an e-signature (Smart-ID or Mobile-ID) instead of a password: the portal
     * issues a challenge, the person authenticates over it (the listener gets the verification
     * code to show), and the portal logs in the account bound to that identity. The session's
     * identity is confirmed.
     *
     * <!-- sample: SigningErrors#login-with-smart-id -->
     * <pre>{@code
     * try (Session session = client.login(smartId, person, showCodes)) {
     *     out.println("Logged in with Smart-ID; session " + session.state());
     * } catch (NoAccountForIdentityException e) {
     *     // Nobody confirmed this identity yet: register, log in with the password, then confirm it.
     *     out.println(e.getLocalizedMessage());
     * }
     * }</pre>
     *
     * @param provider Smart-ID or Mobile-ID
     * @param signer   the person (Mobile-ID: phone number and personal code)
     * @param listener progress; {@link SigningListener#none()} for none
     * @return the new session
     * @throws lt.savitarna.sdk.error.NoAccountForIdentityException no account is bound to this person
     * @throws lt.savitarna.sdk.error.EsignatureRejectedException   the portal rejected the answer
     * @throws lt.savitarna.sdk.signature.SigningException         the provider failed (refused, timeout, ...)
     */
    public Session login(SignatureProvider provider, SignerIdentity signer, SigningListener listener) {
        return esignLogin().run(provider, signer, listener);
    }

    /**
     * {@link #login(SignatureProvider, SignerIdentity, SigningListener)} as a future: the two portal
     * calls run on the SDK's shared worker threads, and the wait for the person is the provider's
     * own future, so a natively asynchronous provider (Smart-ID, Mobile-ID) holds no thread while
     * the person answers. {@code cancel(true)} stops the provider's polling.
     *
     * @return the future session
     */
    public CompletableFuture<Session> loginAsync(SignatureProvider provider, SignerIdentity signer,
                                                 SigningListener listener) {
        return esignLogin().runAsync(provider, signer, listener, null);
    }

    /**
     * As {@link #loginAsync(SignatureProvider, SignerIdentity, SigningListener)} with the portal
     * calls on {@code executor}; no thread of it waits for the person, so a few threads serve
     * many flows.
     *
     * @return the future session
     */
    public CompletableFuture<Session> loginAsync(SignatureProvider provider, SignerIdentity signer,
                                                 SigningListener listener, Executor executor) {
        Objects.requireNonNull(executor, "executor");
        return esignLogin().runAsync(provider, signer, listener, executor);
    }

    /** Login by e-signature: a challenge from the portal, answered for tokens. */
    private EsignExchange<Session> esignLogin() {
        String challenges = "/auth/esign/challenges";
        return new EsignExchange<>(pipeline::send, challenges, this::ensureOpen, settings.clock::instant,
                settings.locale, (challenge, auth) -> {
                    Instant issuedAt = settings.clock.instant();
                    TokenAnswer answer = EsignExchange.sendProof(pipeline::send,
                            EsignExchange.proofPath(challenges, challenge, "completion"), auth,
                            ResponseReader.json(TokenAnswer::read));
                    return new Session(pipeline, answer, issuedAt, settings.tokenRefreshSkew);
                });
    }

    /** The portal's base URI, as configured. */
    public URI baseUri() {
        return settings.baseUri;
    }

    /** The language of people-facing messages: Lithuanian or English. */
    public Locale locale() {
        return settings.locale;
    }

    /** The retry policy. */
    public RetryPolicy retryPolicy() {
        return settings.retryPolicy;
    }

    /**
     * Closes the client: later calls, also on its sessions, throw {@link IllegalStateException}.
     * Sessions are not logged out (close them first for that). Closing again does nothing.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            pipeline.close();
            http.release();
            json.release();
        }
    }

    @Override
    public String toString() {
        return "SavitarnaClient[baseUri=" + settings.baseUri + ", locale=" + settings.locale + ", closed="
                + closed.get() + "]";
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the client is closed");
        }
    }

    private static URI apiRoot(URI base) {
        String s = base.toString();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return URI.create(s + "/api/v1");
    }

    /**
     * Configures a {@link SavitarnaClient}. Setters check their arguments at once.
     *
     * <!-- sample: UnreliableNetwork#client-options -->
     * <pre>{@code
     * SavitarnaClient client = SavitarnaClient.builder()
     *         .baseUri(URI.create("https://savitarna.agrokoncernas.lt"))
     *         .connectTimeout(Duration.ofSeconds(5))
     *         .attemptTimeout(Duration.ofSeconds(2))   // one attempt, until the whole answer arrived
     *         .deadline(Duration.ofSeconds(5))         // one call, all its attempts and waits included
     *         .retryPolicy(retries)
     *         .locale(Locale.forLanguageTag("lt"))     // the language of the exceptions' messages
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private URI baseUri;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration attemptTimeout = Duration.ofSeconds(30);
        private Duration deadline = Duration.ofMinutes(2);
        private Duration tokenRefreshSkew = Duration.ofSeconds(30);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Executor executor;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private RandomGenerator random;
        private String userAgentSuffix;
        private ProxySelector proxy;
        private Locale locale = Locale.ENGLISH;

        private RefCounted<HttpClient> sharedHttp;
        private HttpClients.Settings sharedHttpSettings;
        private RefCounted<JsonCodec> sharedJson;

        private Builder() {
        }

        /**
         * The portal's base URI, e.g. {@code https://savitarna.agrokoncernas.lt}; the SDK adds
         * {@code /api/v1}. Must be {@code https}, except {@code http} on a loopback address (the
         * sandbox).
         */
        public Builder baseUri(URI baseUri) {
            Objects.requireNonNull(baseUri, "baseUri");
            String scheme = baseUri.getScheme() == null ? "" : baseUri.getScheme().toLowerCase(Locale.ROOT);
            if (baseUri.getHost() == null || baseUri.getRawQuery() != null || baseUri.getRawFragment() != null) {
                throw new IllegalArgumentException("baseUri needs a host and no query or fragment: " + baseUri);
            }
            if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(baseUri.getHost()))) {
                throw new IllegalArgumentException("baseUri must use https (plain http only on loopback): " + baseUri);
            }
            this.baseUri = baseUri;
            return this;
        }

        /** The connect timeout of the HTTP client; default 10 s. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * The longest one attempt may take, until its whole answer has arrived (for streamed
         * downloads: until the headers have); default 30 s.
         */
        public Builder attemptTimeout(Duration attemptTimeout) {
            this.attemptTimeout = positive(attemptTimeout, "attemptTimeout");
            return this;
        }

        /**
         * The longest one call may take, all attempts and waits between them included; default
         * 2 min. When it passes, the call throws {@code DeadlineExceededException}.
         */
        public Builder deadline(Duration deadline) {
            this.deadline = positive(deadline, "deadline");
            return this;
        }

        /** When to retry; default {@link RetryPolicy#defaults()}, {@link RetryPolicy#none()} for never. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /** The executor for the HTTP client's asynchronous work; default: the JDK's own. */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /** The time source for deadlines, token expiry and {@code Retry-After} dates; default UTC system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** What waits between retries; default {@link Sleeper#system()}. Tests pass a recorder. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** The source of retry jitter; default thread-local randomness. Must be safe to share between threads. */
        public Builder random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /** Appended to the SDK's {@code User-Agent}, e.g. {@code acme-erp/4.2}; printable ASCII. */
        public Builder userAgentSuffix(String suffix) {
            if (suffix != null && !suffix.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
                throw new IllegalArgumentException("userAgentSuffix must be printable ASCII");
            }
            this.userAgentSuffix = suffix;
            return this;
        }

        /** The proxy selector of the HTTP client; default: none (direct connections). */
        public Builder proxy(ProxySelector proxy) {
            this.proxy = Objects.requireNonNull(proxy, "proxy");
            return this;
        }

        /** The language of people-facing messages: {@code lt} for Lithuanian, anything else English. */
        public Builder locale(Locale locale) {
            this.locale = Messages.supported(Objects.requireNonNull(locale, "locale"));
            return this;
        }

        /** How long before the access token expires it is refreshed; default 30 s. */
        public Builder tokenRefreshSkew(Duration skew) {
            Objects.requireNonNull(skew, "skew");
            if (skew.isNegative()) {
                throw new IllegalArgumentException("tokenRefreshSkew must not be negative: " + skew);
            }
            this.tokenRefreshSkew = skew;
            return this;
        }

        /**
         * Builds the client.
         *
         * @throws IllegalStateException when no base URI was set
         */
        public SavitarnaClient build() {
            if (baseUri == null) {
                throw new IllegalStateException("baseUri is required");
            }
            if (random == null) {
                random = () -> ThreadLocalRandom.current().nextLong();
            }
            HttpClients.Settings wanted = new HttpClients.Settings(connectTimeout, executor, proxy,
                    "https".equalsIgnoreCase(baseUri.getScheme()));
            RefCounted<HttpClient> http = sharedHttp != null && wanted.equals(sharedHttpSettings) && sharedHttp.retain()
                    ? sharedHttp
                    : newHttp(wanted);
            RefCounted<JsonCodec> json = sharedJson != null && sharedJson.retain()
                    ? sharedJson
                    : newJson();
            return new SavitarnaClient(this, http, wanted, json);
        }

        private static RefCounted<HttpClient> newHttp(HttpClients.Settings settings) {
            HttpClient client = HttpClients.create(settings);
            return new RefCounted<>(client, () -> HttpClients.shutdown(client));
        }

        private static RefCounted<JsonCodec> newJson() {
            JsonCodec codec = JsonCodec.create();
            return new RefCounted<>(codec, codec::close);
        }

        private Builder copy() {
            Builder b = new Builder();
            b.baseUri = baseUri;
            b.connectTimeout = connectTimeout;
            b.attemptTimeout = attemptTimeout;
            b.deadline = deadline;
            b.tokenRefreshSkew = tokenRefreshSkew;
            b.retryPolicy = retryPolicy;
            b.executor = executor;
            b.clock = clock;
            b.sleeper = sleeper;
            b.random = random;
            b.userAgentSuffix = userAgentSuffix;
            b.proxy = proxy;
            b.locale = locale;
            return b;
        }

        private static boolean isLoopback(String host) {
            String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            if (h.equalsIgnoreCase("localhost")) {
                return true;
            }
            if (!h.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
                return false; // a name other than localhost: never resolved here
            }
            try {
                return InetAddress.getByName(h).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }
    }
}
