package lt.savitarna.sdk.internal.signature;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A future that runs a blocking e-signature operation on a worker thread and, when cancelled,
 * interrupts that thread. The operations poll with interruptible waits and HTTP calls, so an
 * interrupt stops the polling at once; a plain {@link CompletableFuture} cannot do that, because
 * its {@code cancel} never reaches the code computing it.
 *
 * <pre>{@code
 * CompletableFuture<Authentication> f = InterruptibleTask.start(() -> provider.authenticate(r, l));
 * f.cancel(true); // interrupts the worker; polling stops
 * }</pre>
 *
 * @param <T> the result type
 */
public final class InterruptibleTask<T> extends CompletableFuture<T> implements Runnable {

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(new Workers());

    private final Supplier<T> body;
    private Thread worker; // guarded by this
    private boolean cancelRequested; // guarded by this

    private InterruptibleTask(Supplier<T> body) {
        this.body = body;
    }

    /** Starts the body on the SDK's shared pool of daemon threads. */
    public static <T> CompletableFuture<T> start(Supplier<T> body) {
        return start(body, WORKERS);
    }

    /** Starts the body on the given executor. */
    public static <T> CompletableFuture<T> start(Supplier<T> body, Executor executor) {
        InterruptibleTask<T> task = new InterruptibleTask<>(body);
        executor.execute(task);
        return task;
    }

    @Override
    public void run() {
        synchronized (this) {
            if (isDone() || cancelRequested) {
                return;
            }
            worker = Thread.currentThread();
        }
        try {
            complete(body.get());
        } catch (Throwable t) {
            completeExceptionally(t);
        } finally {
            synchronized (this) {
                worker = null;
            }
            // A cancel that raced with the end of the body must not leak into the pooled thread's next task.
            Thread.interrupted();
        }
    }

    /** Cancels the future and interrupts the worker, whatever {@code mayInterruptIfRunning} says. */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        synchronized (this) {
            cancelRequested = true;
            if (cancelled && worker != null) {
                worker.interrupt();
            }
        }
        return cancelled;
    }

    private static final class Workers implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "savitarna-signing-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
