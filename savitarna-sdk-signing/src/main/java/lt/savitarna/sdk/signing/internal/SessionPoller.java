package lt.savitarna.sdk.signing.internal;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import lt.savitarna.sdk.signature.SignatureTimeoutException;

/**
 * Waits for an SK session to complete by long polling: each status request asks the server to
 * hold it up to the long-poll time (never past the operation's deadline, and within the protocol's
 * 1–120 s), the HTTP timeout is ten seconds longer, and an answer still {@code RUNNING} is followed
 * by the configured pause and the next request. The deadline is read from the settings' clock, the
 * pause goes through its sleeper (the real one is a scheduled task, not a sleeping thread), and
 * cancelling the operation stops the chain.
 *
 * <pre>{@code
 * CompletableFuture<Answer> done = poller.awaitAsync(flow, "authentication", "session/" + id, deadline, budget);
 * }</pre>
 */
public final class SessionPoller {

    private static final long MIN_POLL_MS = 1_000;
    private static final long MAX_POLL_MS = 120_000;
    private static final Duration HTTP_MARGIN = Duration.ofSeconds(10);

    private final SkHttp http;
    private final ServiceSettings settings;
    private final Failures failures;

    /**
     * Creates a poller.
     *
     * @param http     the provider's HTTP side
     * @param settings the provider's settings
     */
    public SessionPoller(SkHttp http, ServiceSettings settings) {
        this.http = http;
        this.settings = settings;
        this.failures = settings.failures();
    }

    /**
     * Polls until the session is complete. Each answer schedules the next request; between them
     * nothing but a future waits.
     *
     * @param flow        the operation, whose cancel stops the polling
     * @param operation   the operation's name, for logs
     * @param sessionPath the status path without query, e.g. {@code session/abc}
     * @param deadline    the operation's deadline
     * @param budget      the deadline's length, for the exception
     * @return the completed session's answer; fails with {@link SignatureTimeoutException} when the
     *         deadline passes first
     */
    public CompletableFuture<Answer> awaitAsync(AsyncFlow<?> flow, String operation, String sessionPath,
                                                Instant deadline, Duration budget) {
        if (flow.isDone()) {
            return flow.stopped();
        }
        Duration remaining = Duration.between(settings.clock().instant(), deadline);
        if (remaining.isNegative() || remaining.isZero()) {
            return CompletableFuture.failedFuture(
                    new SignatureTimeoutException(failures.provider(), budget, failures.locale()));
        }
        long pollMs = Math.max(MIN_POLL_MS, Math.min(MAX_POLL_MS,
                Math.min(settings.longPoll().toMillis(), remaining.toMillis())));
        return http.getAsync(flow, operation, sessionPath + "?timeoutMs=" + pollMs,
                        Duration.ofMillis(pollMs).plus(HTTP_MARGIN))
                .thenCompose(status -> {
                    Answer answer = new Answer(status, failures);
                    String state = answer.requiredString("state");
                    if ("COMPLETE".equals(state)) {
                        return CompletableFuture.completedFuture(answer);
                    }
                    if (!"RUNNING".equals(state)) {
                        throw failures.malformed("unknown session state '" + state + "'");
                    }
                    return Async.pause(flow, settings.sleeper(), settings.pollInterval())
                            .thenComposeAsync(v -> awaitAsync(flow, operation, sessionPath, deadline, budget),
                                    Async.executor());
                });
    }

    /** The real-time limit of a whole operation: its budget plus room for the first and the last exchange. */
    public Duration guard(Duration budget) {
        return budget.plus(settings.requestTimeout()).plus(HTTP_MARGIN);
    }
}
