package lt.savitarna.sdk.signing.internal;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import lt.savitarna.sdk.signature.SignatureTimeoutException;

/**
 * Waits for an SK session to complete by long polling: each status request asks the server to
 * hold it up to the long-poll time (never past the operation's deadline, and within the protocol's
 * 1–120 s), the HTTP timeout is ten seconds longer, and an answer still {@code RUNNING} is followed
 * by the configured pause and the next request. The deadline is read from the settings' clock, the
 * pause goes through its sleeper, and an interrupt stops the loop.
 *
 * <pre>{@code
 * JsonObject done = poller.await("authentication", "session/" + id, deadline);
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
     * Polls until the session is complete.
     *
     * @param operation   the operation's name, for logs
     * @param sessionPath the status path without query, e.g. {@code session/abc}
     * @param deadline    the operation's deadline
     * @param budget      the deadline's length, for the exception
     * @return the completed session's answer
     * @throws SignatureTimeoutException when the deadline passes first
     * @throws InterruptedException      when the thread is interrupted
     */
    public Answer await(String operation, String sessionPath, Instant deadline, Duration budget)
            throws InterruptedException {
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("interrupted while polling");
            }
            Duration remaining = Duration.between(settings.clock().instant(), deadline);
            if (remaining.isNegative() || remaining.isZero()) {
                throw new SignatureTimeoutException(failures.provider(), budget, failures.locale());
            }
            long pollMs = Math.max(MIN_POLL_MS, Math.min(MAX_POLL_MS,
                    Math.min(settings.longPoll().toMillis(), remaining.toMillis())));
            JsonObject status = http.get(operation, sessionPath + "?timeoutMs=" + pollMs,
                    Duration.ofMillis(pollMs).plus(HTTP_MARGIN));
            Answer answer = new Answer(status, failures);
            String state = answer.requiredString("state");
            if ("COMPLETE".equals(state)) {
                return answer;
            }
            if (!"RUNNING".equals(state)) {
                throw failures.malformed("unknown session state '" + state + "'");
            }
            settings.sleeper().sleep(settings.pollInterval());
        }
    }
}
