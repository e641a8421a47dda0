package lt.savitarna.sdk.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import lt.savitarna.sdk.RetryPolicy;
import lt.savitarna.sdk.error.ApiException;
import lt.savitarna.sdk.error.DeadlineExceededException;
import lt.savitarna.sdk.error.ErrorCodes;
import lt.savitarna.sdk.error.SavitarnaException;
import lt.savitarna.sdk.error.TransportException;
import lt.savitarna.sdk.internal.json.JsonCodec;

/**
 * Sends one {@link Operation} with retries, timeouts and a total deadline, and maps failures to
 * the SDK's exceptions. It knows nothing of tokens: the session layer adds the bearer header and
 * handles refreshes around it.
 *
 * <p>Each attempt gets {@code min(attemptTimeout, time left until the deadline)}; an attempt cut
 * short by the deadline ends the call with {@link DeadlineExceededException}. A wait before a
 * retry that would pass the deadline is not started: after a timed-out attempt the call ends with
 * {@link DeadlineExceededException} (slowness is the problem); after an error answer or a broken
 * connection the last failure is thrown, since it says more than "out of time".
 *
 * <pre>{@code
 * Account account = pipeline.send(Operation.builder("POST", "/registrations")
 *         .body(BodySource.secretJson(body))
 *         .idempotent()
 *         .build(ResponseReader.json(WireMapping::account)));
 * }</pre>
 */
public final class HttpPipeline {

    private static final String API_PATH = "/api/v1";

    private final HttpClient http;
    private final JsonCodec json;
    private final PipelineSettings settings;
    private final RetryBudget budget;
    private final AttemptDeadlines deadlines = new AttemptDeadlines(this::scheduler, System::nanoTime);
    private final Object schedulerLock = new Object();
    private volatile ScheduledExecutorService scheduler;
    private volatile boolean closed;

    /** Creates a pipeline over the client's shared HTTP client and JSON codec. */
    public HttpPipeline(HttpClient http, JsonCodec json, PipelineSettings settings) {
        this.http = http;
        this.json = json;
        this.settings = settings;
        this.budget = new RetryBudget(settings.retryPolicy());
    }

    /** The client's JSON codec. */
    public JsonCodec json() {
        return json;
    }

    /** The client's locale for people-facing messages. */
    public Locale locale() {
        return settings.locale();
    }

    /** The client's clock. */
    public Clock clock() {
        return settings.clock();
    }

    /** The deadline of a call starting now. */
    public Instant newDeadline() {
        return settings.clock().instant().plus(settings.deadline());
    }

    /** The longest one attempt may take; also how long a streamed body may stall in one read. */
    public Duration attemptTimeout() {
        return settings.attemptTimeout();
    }

    /** The client's retry policy. */
    public RetryPolicy retryPolicy() {
        return settings.retryPolicy();
    }

    /**
     * The client's one scheduler thread, started on first use: it runs the watchdogs that bound each
     * attempt and the idle-read watchdogs of streamed bodies, so no call or download needs a thread
     * of its own. Stopped when the client closes.
     */
    public ScheduledExecutorService scheduler() {
        ScheduledExecutorService started = scheduler;
        if (started != null && !closed) {
            return started; // every attempt asks: no lock once it runs
        }
        synchronized (schedulerLock) {
            if (closed) {
                throw new IllegalStateException("the client is closed");
            }
            if (scheduler == null) {
                ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(1, r -> {
                    Thread t = new Thread(r, "savitarna-watchdog");
                    t.setDaemon(true);
                    return t;
                });
                s.setRemoveOnCancelPolicy(true);
                s.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
                scheduler = s;
            }
            return scheduler;
        }
    }

    /**
     * Waits before repeating a step the pipeline cannot repeat itself, such as resuming a body that
     * broke off after its headers arrived: the same backoff, retry budget and sleeper as
     * {@link #send(Operation, Instant)}.
     *
     * @param failedAttempts how many attempts of the step failed so far, at least 1
     * @param deadline       no wait that would pass this instant is started
     * @param requestId      for the log
     * @return {@code false} when the policy allows no further attempt (nothing was waited)
     * @throws TransportException with code {@code INTERRUPTED} when the wait is interrupted
     */
    public boolean awaitRetry(int failedAttempts, Instant deadline, String requestId) {
        RetryPolicy policy = settings.retryPolicy();
        if (failedAttempts >= policy.maxAttempts()) {
            return false;
        }
        Duration wait = backoff(policy, failedAttempts);
        if (!settings.clock().instant().plus(wait).isBefore(deadline) || !budget.tryAcquireRetry()) {
            return false;
        }
        try {
            settings.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(ErrorCodes.INTERRUPTED, requestId, failedAttempts, settings.locale(), e);
        }
        return true;
    }

    /** Tokens left in the retry budget; for tests and diagnostics. */
    public int retryBudgetAvailable() {
        return budget.available();
    }

    /** Refuses every later call and stops the scheduler: the client was closed. */
    public void close() {
        synchronized (schedulerLock) {
            closed = true;
            if (scheduler != null) {
                scheduler.shutdownNow();
            }
        }
    }

    /** Sends the operation with a deadline starting now. */
    public <T> T send(Operation<T> op) {
        return send(op, newDeadline());
    }

    /**
     * Sends the operation, retrying as the policy allows, until {@code deadline}.
     *
     * @return what the operation's reader made of the successful answer
     * @throws SavitarnaException for every failure
     */
    public <T> T send(Operation<T> op, Instant deadline) {
        if (closed) {
            throw new IllegalStateException("the client is closed");
        }
        RetryPolicy policy = settings.retryPolicy();
        int maxAttempts = op.retryable() ? policy.maxAttempts() : 1;
        String loggedPath = Redaction.pathAndQuery(API_PATH + op.path(), op.query());
        Failure last = null;
        for (int attempt = 1; ; attempt++) {
            Duration remaining = Duration.between(settings.clock().instant(), deadline);
            if (remaining.isNegative() || remaining.isZero()) {
                throw deadlineExceeded(op, loggedPath, attempt - 1, last);
            }
            boolean boundByDeadline = remaining.compareTo(settings.attemptTimeout()) < 0;
            Duration timeout = boundByDeadline ? remaining : settings.attemptTimeout();

            Outcome<T> outcome = attempt(op, loggedPath, attempt, maxAttempts, timeout);
            if (outcome.failure == null) {
                budget.onHealthyAnswer();
                return outcome.value;
            }
            last = outcome.failure;
            if (!last.retryable) {
                if (last.api != null && !retryableStatus(last.api.status(), last.api.code())) {
                    budget.onHealthyAnswer(); // a refusal still shows a working portal
                }
                throw last.toException(op, attempt, settings.locale());
            }
            if (last.attemptTimedOut && boundByDeadline) {
                throw deadlineExceeded(op, loggedPath, attempt, last);
            }
            if (attempt >= maxAttempts) {
                HttpLog.notRetried(op, loggedPath, attempt, "no attempts left");
                throw last.toException(op, attempt, settings.locale());
            }
            Duration wait = last.retryAfter != null
                    ? min(last.retryAfter, policy.maxRetryAfter())
                    : backoff(policy, attempt);
            if (!settings.clock().instant().plus(wait).isBefore(deadline)) {
                HttpLog.notRetried(op, loggedPath, attempt,
                        "waiting " + wait.toMillis() + " ms would pass the deadline");
                throw last.attemptTimedOut ? deadlineExceeded(op, loggedPath, attempt, last)
                        : last.toException(op, attempt, settings.locale());
            }
            if (!budget.tryAcquireRetry()) {
                HttpLog.notRetried(op, loggedPath, attempt, "retry budget exhausted");
                throw last.toException(op, attempt, settings.locale());
            }
            HttpLog.retrying(op, loggedPath, attempt, wait);
            try {
                settings.sleeper().sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransportException(ErrorCodes.INTERRUPTED, op.requestId(), attempt, settings.locale(), e);
            }
        }
    }

    private <T> Outcome<T> attempt(Operation<T> op, String loggedPath, int attempt, int maxAttempts,
                                   Duration timeout) {
        HttpRequest request = request(op, timeout);
        HttpLog.sending(op, loggedPath, request, attempt);
        long started = System.nanoTime();
        // The blocking send finishes the exchange on this thread; sendAsync().get() would complete
        // it on a pool thread and only then wake this one. The request timeout bounds the wait for
        // the headers; the watchdog bounds the rest of a buffered body, which the JDK's timeout no
        // longer covers once the headers are in.
        AttemptWatchdog watchdog;
        try {
            watchdog = deadlines.start(timeout);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the client is closed", e); // closed while this call ran
        }
        boolean streaming = op.reader().streaming();
        HttpResponse<Object> response;
        try {
            response = http.send(request, info -> streaming && info.statusCode() / 100 == 2
                    ? HttpResponse.BodySubscribers.<InputStream, Object>mapping(op.reader().bodySubscriber(), s -> s)
                    : watchdog.watch(new AbortableBody()));
        } catch (InterruptedException e) {
            watchdog.stop();
            Thread.currentThread().interrupt();
            throw new TransportException(ErrorCodes.INTERRUPTED, op.requestId(), attempt, settings.locale(), e);
        } catch (IOException e) {
            boolean cutOff = watchdog.stop();
            HttpLog.failed(op, loggedPath, e, System.nanoTime() - started, attempt, maxAttempts);
            boolean requestTimedOut = cutOff
                    || e instanceof HttpTimeoutException && !(e instanceof HttpConnectTimeoutException);
            return Outcome.failed(Failure.io(cutOff ? watchdog.timedOut() : e, op.retryable(), requestTimedOut));
        } catch (RuntimeException | Error e) {
            watchdog.stop();
            HttpLog.failed(op, loggedPath, e, System.nanoTime() - started, attempt, maxAttempts);
            throw e;
        }
        watchdog.stop();
        long nanos = System.nanoTime() - started;
        int status = response.statusCode();
        if (status / 100 == 2) {
            return Outcome.ok(read(op, loggedPath, response, nanos, attempt, maxAttempts));
        }
        byte[] body = (byte[]) response.body();
        HttpLog.answered(op, loggedPath, status, nanos, attempt, maxAttempts, response.headers(), body);
        Duration retryAfter = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null),
                settings.clock());
        ApiException error = ProblemMapper.map(status, response.headers(), body, op.requestId(), retryAfter, json,
                settings.locale());
        return Outcome.failed(Failure.api(error, op.retryable() && retryableStatus(status, error.code()),
                retryAfter));
    }

    private <T> T read(Operation<T> op, String loggedPath, HttpResponse<Object> response, long nanos, int attempt,
                       int maxAttempts) {
        Object body = response.body();
        if (body instanceof InputStream stream) {
            HttpLog.answered(op, loggedPath, response.statusCode(), nanos, attempt, maxAttempts, response.headers(),
                    null);
            Response r = new Response(response.statusCode(), response.headers(), op.requestId(), null, stream, json,
                    settings.locale());
            try {
                return op.reader().read(r);
            } catch (RuntimeException e) {
                closeQuietly(stream);
                throw e;
            }
        }
        byte[] bytes = (byte[]) body;
        HttpLog.answered(op, loggedPath, response.statusCode(), nanos, attempt, maxAttempts, response.headers(),
                bytes);
        return op.reader().read(new Response(response.statusCode(), response.headers(), op.requestId(), bytes, null,
                json, settings.locale()));
    }

    private HttpRequest request(Operation<?> op, Duration timeout) {
        StringBuilder uri = new StringBuilder(settings.apiRoot().toString()).append(op.path());
        char separator = '?';
        for (Map.Entry<String, String> e : op.query()) {
            uri.append(separator).append(Paths.queryValue(e.getKey())).append('=')
                    .append(Paths.queryValue(e.getValue()));
            separator = '&';
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri.toString()))
                .timeout(timeout)
                .header("Accept", "application/json, application/problem+json")
                .header("User-Agent", settings.userAgent())
                .header("X-Request-Id", op.requestId());
        if (op.idempotencyKey() != null) {
            b.header("Idempotency-Key", op.idempotencyKey());
        }
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.noBody();
        if (op.body() != null) {
            b.header("Content-Type", op.body().contentType());
            publisher = op.body().publisher();
        }
        op.headers().forEach(b::setHeader);
        return b.method(op.method(), publisher).build();
    }

    /** 408, 429 and 5xx other than 501/505 are worth repeating; so is a key still in use. */
    static boolean retryableStatus(int status, String code) {
        if (status == 408 || status == 429) {
            return true;
        }
        if (status >= 500 && status < 600) {
            return status != 501 && status != 505;
        }
        return status == 409 && ErrorCodes.IDEMPOTENCY_KEY_IN_USE.equals(code);
    }

    private Duration backoff(RetryPolicy policy, int attempt) {
        Duration ceiling = policy.baseDelay();
        for (int i = 1; i < attempt && ceiling.compareTo(policy.maxDelay()) < 0; i++) {
            ceiling = ceiling.multipliedBy(2);
        }
        ceiling = min(ceiling, policy.maxDelay());
        double fraction = settings.random().nextDouble();
        return Duration.ofNanos((long) (ceiling.toNanos() * fraction));
    }

    private DeadlineExceededException deadlineExceeded(Operation<?> op, String loggedPath, int attempts,
                                                       Failure last) {
        HttpLog.notRetried(op, loggedPath, attempts, "deadline of " + settings.deadline().toMillis() + " ms passed");
        Throwable cause = last == null ? null : last.api != null ? last.api : last.io;
        return new DeadlineExceededException(op.requestId(), settings.deadline(), attempts, settings.locale(), cause);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // The reader already failed; that failure is the one to report.
        }
    }

    private static final class Outcome<T> {
        final T value;
        final Failure failure;

        private Outcome(T value, Failure failure) {
            this.value = value;
            this.failure = failure;
        }

        static <T> Outcome<T> ok(T value) {
            return new Outcome<>(value, null);
        }

        static <T> Outcome<T> failed(Failure failure) {
            return new Outcome<>(null, failure);
        }
    }

    /** One failed attempt: an error answer or an I/O failure, and whether it may be repeated. */
    private static final class Failure {
        final ApiException api;
        final IOException io;
        final boolean retryable;
        final boolean attemptTimedOut;
        final Duration retryAfter;

        private Failure(ApiException api, IOException io, boolean retryable, boolean attemptTimedOut,
                        Duration retryAfter) {
            this.api = api;
            this.io = io;
            this.retryable = retryable;
            this.attemptTimedOut = attemptTimedOut;
            this.retryAfter = retryAfter;
        }

        static Failure api(ApiException error, boolean retryable, Duration retryAfter) {
            return new Failure(error, null, retryable, false, retryAfter);
        }

        static Failure io(IOException error, boolean retryable, boolean attemptTimedOut) {
            return new Failure(null, error, retryable, attemptTimedOut, null);
        }

        SavitarnaException toException(Operation<?> op, int attempts, Locale locale) {
            return api != null ? api
                    : new TransportException(ErrorCodes.NETWORK_ERROR, op.requestId(), attempts, locale, io);
        }
    }
}
