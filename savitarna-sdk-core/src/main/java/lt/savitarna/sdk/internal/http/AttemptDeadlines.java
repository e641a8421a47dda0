package lt.savitarna.sdk.internal.http;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The running attempts of one pipeline and their deadlines, watched by as few scheduled tasks as
 * possible. Scheduling and cancelling one task per attempt would wake the scheduler thread on
 * every call (its queue is usually empty, so each new task is its head); here a call only adds
 * itself to a set, and one sweep is scheduled for the earliest deadline that no pending sweep
 * covers. With the usual equal timeouts that is one wake-up per timeout period, not per call.
 * A sweep {@linkplain AttemptWatchdog#run() fires} every attempt past its deadline and schedules
 * the next sweep for the earliest deadline left.
 *
 * <pre>{@code
 * AttemptDeadlines deadlines = new AttemptDeadlines(pipeline::scheduler, System::nanoTime);
 * AttemptWatchdog watchdog = deadlines.start(timeout);
 * try { ... http.send(request, info -> watchdog.watch(new AbortableBody())) ... } finally { watchdog.stop(); }
 * }</pre>
 */
final class AttemptDeadlines {

    /** {@link #sweepAt} when no sweep is pending. */
    private static final long NONE = Long.MIN_VALUE;

    private final Supplier<ScheduledExecutorService> scheduler;
    private final LongSupplier ticker;
    private final Set<AttemptWatchdog> running = ConcurrentHashMap.newKeySet();
    /**
     * When the earliest pending sweep runs ({@link System#nanoTime()} scale), or {@link #NONE}.
     * Invariant: when not {@code NONE}, a sweep is scheduled for that time, and it will see every
     * attempt added before it runs.
     */
    private final AtomicLong sweepAt = new AtomicLong(NONE);

    AttemptDeadlines(Supplier<ScheduledExecutorService> scheduler, LongSupplier ticker) {
        this.scheduler = scheduler;
        this.ticker = ticker;
    }

    /** Starts watching an attempt that may take {@code limit}. */
    AttemptWatchdog start(Duration limit) {
        long deadline = ticker.getAsLong() + limit.toNanos();
        AttemptWatchdog watchdog = new AttemptWatchdog(deadline, limit, this);
        running.add(watchdog);
        try {
            sweepBy(deadline);
        } catch (RuntimeException e) {
            running.remove(watchdog);
            throw e;
        }
        return watchdog;
    }

    /** Forgets an attempt that ended (or whose watchdog fired). */
    void finished(AttemptWatchdog watchdog) {
        running.remove(watchdog);
    }

    /** How many attempts are watched; for tests. */
    int watched() {
        return running.size();
    }

    /** Makes sure a sweep runs no later than {@code deadline}. */
    private void sweepBy(long deadline) {
        while (true) {
            long pending = sweepAt.get();
            if (pending != NONE && pending - deadline <= 0) {
                return; // an earlier sweep will look, and schedule the next one
            }
            if (sweepAt.compareAndSet(pending, deadline)) {
                try {
                    long delay = Math.max(0, deadline - ticker.getAsLong());
                    scheduler.get().schedule(() -> sweep(deadline), delay, TimeUnit.NANOSECONDS);
                } catch (RuntimeException e) {
                    sweepAt.compareAndSet(deadline, NONE); // nothing was scheduled; do not promise it
                    throw e;
                }
                return;
            }
        }
    }

    /** The scheduled task: fires every attempt past its deadline, then plans the next sweep. */
    void sweep(long plannedAt) {
        // Cleared before looking, so an attempt added from now on schedules its own sweep if it
        // finds none pending, and one added before is seen below.
        sweepAt.compareAndSet(plannedAt, NONE);
        long now = ticker.getAsLong();
        boolean any = false;
        long next = 0;
        for (AttemptWatchdog watchdog : running) {
            long deadline = watchdog.deadline();
            if (now - deadline >= 0) {
                running.remove(watchdog);
                watchdog.run();
            } else if (!any || deadline - next < 0) {
                next = deadline;
                any = true;
            }
        }
        if (any) {
            sweepBy(next);
        }
    }
}
