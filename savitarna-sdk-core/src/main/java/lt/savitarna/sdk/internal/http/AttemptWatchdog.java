package lt.savitarna.sdk.internal.http;

import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Bounds one attempt up to its whole buffered body. The request's own timeout covers the wait for
 * the headers but stops applying once they are in; when the attempt is still running at its
 * deadline, the sweep of {@link AttemptDeadlines} (on the client's scheduler thread)
 * {@linkplain AbortableBody#abort aborts} its body, and the blocking {@code send} waiting for it
 * throws an {@link HttpTimeoutException}. The calling thread is never interrupted.
 *
 * <pre>{@code
 * AttemptWatchdog watchdog = deadlines.start(timeout);
 * HttpResponse<Object> r = http.send(request, info -> watchdog.watch(new AbortableBody()));
 * boolean timedOut = watchdog.stop();
 * }</pre>
 */
final class AttemptWatchdog implements Runnable {

    private final long deadline;
    private final Duration limit;
    private final AttemptDeadlines owner;
    private AbortableBody body;
    private boolean expired;

    AttemptWatchdog(long deadline, Duration limit, AttemptDeadlines owner) {
        this.deadline = deadline;
        this.limit = limit;
        this.owner = owner;
    }

    /** When the attempt's time is up, on the {@link System#nanoTime()} scale of its owner. */
    long deadline() {
        return deadline;
    }

    /** Watches the attempt's body, once its headers are in; aborts it at once if the time is already up. */
    AbortableBody watch(AbortableBody b) {
        synchronized (this) {
            body = b;
            if (!expired) {
                return b;
            }
        }
        b.abort(timedOut());
        return b;
    }

    /** The sweep's side: the time is up; aborts the body if there is one. */
    @Override
    public void run() {
        AbortableBody b;
        synchronized (this) {
            expired = true;
            b = body;
        }
        if (b != null) {
            b.abort(timedOut());
        }
    }

    /**
     * Ends the watch once {@code send} returned or threw; safe to call again.
     *
     * @return whether the attempt's time ran out before it ended
     */
    boolean stop() {
        owner.finished(this);
        synchronized (this) {
            return expired;
        }
    }

    /** The failure a cut-off attempt reports. */
    HttpTimeoutException timedOut() {
        return new HttpTimeoutException("no complete answer within " + limit.toMillis() + " ms");
    }
}
