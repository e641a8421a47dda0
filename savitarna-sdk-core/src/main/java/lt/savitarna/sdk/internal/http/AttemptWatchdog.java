package lt.savitarna.sdk.internal.http;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds one blocking attempt on the calling thread: if the attempt is still running at its
 * deadline, the sweep of {@link AttemptDeadlines} (on the client's scheduler thread) interrupts the
 * caller, which makes the JDK's blocking {@code HttpClient.send} cancel the exchange and throw
 * {@link InterruptedException}. The request's own timeout stops applying once the headers are in;
 * this also bounds the rest of a buffered body.
 *
 * <p>{@link #stop()} tells the two kinds of interrupt apart: it returns {@code true} only when
 * this watchdog fired, and then clears the interrupt it caused, even one that lands after the
 * attempt had already finished. An interrupt from anyone else is left alone; only one that arrives
 * in the instant between the watchdog's look and its own interrupt merges with it (the attempt then
 * ends as timed out).
 *
 * <pre>{@code
 * AttemptWatchdog watchdog = deadlines.start(timeout);
 * try {
 *     response = http.send(request, handler);
 * } catch (InterruptedException e) {
 *     if (watchdog.stop()) { ... timed out ... } else { ... the caller was interrupted ... }
 * }
 * watchdog.stop();
 * }</pre>
 */
final class AttemptWatchdog implements Runnable {

    private static final int RUNNING = 0;
    private static final int STOPPED = 1;
    private static final int FIRING = 2;
    private static final int FIRED = 3;

    private final AtomicInteger state = new AtomicInteger(RUNNING);
    private final Thread caller;
    private final long deadline;
    private final AttemptDeadlines owner;

    AttemptWatchdog(Thread caller, long deadline, AttemptDeadlines owner) {
        this.caller = caller;
        this.deadline = deadline;
        this.owner = owner;
    }

    /** When the attempt's time is up, on the {@link System#nanoTime()} scale of its owner. */
    long deadline() {
        return deadline;
    }

    /** The sweep's side: interrupts the caller if its attempt is still running. */
    @Override
    public void run() {
        if (!state.compareAndSet(RUNNING, FIRING)) {
            return;
        }
        if (caller.isInterrupted()) {
            // Someone else's interrupt is already pending and will end the attempt as theirs.
            state.set(STOPPED);
            return;
        }
        caller.interrupt();
        state.set(FIRED);
    }

    /**
     * Ends the watch; called by the attempt's thread (the one that started it) once {@code send}
     * returned or threw. Safe to call again: later calls return {@code false}.
     *
     * @return whether the deadline passed and this watchdog interrupted the caller; that interrupt
     *         is cleared before returning, even when it landed after {@code send} had finished
     */
    boolean stop() {
        if (state.compareAndSet(RUNNING, STOPPED)) {
            owner.finished(this);
            return false;
        }
        while (state.get() == FIRING) {
            Thread.onSpinWait(); // the interrupt is a few instructions away; let it land first
        }
        if (!state.compareAndSet(FIRED, STOPPED)) {
            return false; // stopped before
        }
        Thread.interrupted(); // the watchdog's interrupt, not the caller's: do not leak it
        return true;
    }
}
