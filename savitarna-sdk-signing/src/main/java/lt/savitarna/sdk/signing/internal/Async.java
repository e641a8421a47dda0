package lt.savitarna.sdk.signing.internal;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import lt.savitarna.sdk.Sleeper;
import lt.savitarna.sdk.signature.SigningCancelledException;

/**
 * The few threads every SK provider shares: a small pool on which HTTP answers are handled and
 * the next step of a flow runs, and one scheduler for pauses between polls and for deadlines. No
 * thread waits for a person: a waiting session is only a pending HTTP exchange and a future.
 *
 * <pre>{@code
 * CompletableFuture<Void> pause = Async.pause(flow, settings.sleeper(), settings.pollInterval());
 * Authentication auth = Async.join(provider.authenticateAsync(request, listener), failures);
 * }</pre>
 */
public final class Async {

    /** How many threads handle answers, whatever the number of sessions waiting. */
    static final int WORKERS = 4;

    /** The real pause: recognised so that it is done by the scheduler instead of a sleeping thread. */
    public static final Sleeper SYSTEM_SLEEPER = duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());

    private static final ThreadPoolExecutor POOL = pool();
    private static final ScheduledThreadPoolExecutor SCHEDULER = scheduler();

    private Async() {
    }

    /** {@return the shared executor for HTTP answers and the steps of the flows} */
    public static Executor executor() {
        return POOL;
    }

    /** Runs {@code task} on the shared executor after {@code delay}; cancel the handle to drop it. */
    public static ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        return SCHEDULER.schedule(() -> POOL.execute(task), delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * Pauses a flow: the real sleeper becomes a scheduled completion (no thread sleeps), any other
     * sleeper (tests) is called as it is.
     */
    public static CompletableFuture<Void> pause(AsyncFlow<?> flow, Sleeper sleeper, Duration duration) {
        if (sleeper != SYSTEM_SLEEPER) {
            try {
                sleeper.sleep(duration);
                return CompletableFuture.completedFuture(null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return CompletableFuture.failedFuture(flow.cancelled(e));
            }
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (duration.isZero() || duration.isNegative()) {
            POOL.execute(() -> done.complete(null));
            return done;
        }
        ScheduledFuture<?> timer = schedule(() -> done.complete(null), duration);
        done.whenComplete((v, e) -> timer.cancel(false));
        flow.track(done);
        return done;
    }

    /**
     * Waits for an operation's future the way the blocking methods do: the result, or the very
     * exception the operation failed with (never a {@link CompletionException}); an interrupt
     * cancels the operation and becomes a {@link SigningCancelledException}.
     */
    public static <T> T join(CompletableFuture<T> future, Failures failures) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new SigningCancelledException(failures.provider(), "interrupted", failures.locale(), e);
        } catch (CancellationException e) {
            throw new SigningCancelledException(failures.provider(), "cancelled", failures.locale(), e);
        } catch (ExecutionException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** The failure inside the JDK's wrappers. */
    public static Throwable unwrap(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static ThreadPoolExecutor pool() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemons("savitarna-sk-"));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static ScheduledThreadPoolExecutor scheduler() {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, daemons("savitarna-sk-timer-"));
        scheduler.setRemoveOnCancelPolicy(true);
        scheduler.setKeepAliveTime(30, TimeUnit.SECONDS);
        scheduler.allowCoreThreadTimeOut(true);
        return scheduler;
    }

    private static java.util.concurrent.ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
