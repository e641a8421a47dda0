package lt.savitarna.sdk.internal.document;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Forces a file that is being written to disk in steps, in the background, so that the force
 * before its rename only has the last step left to write instead of the whole file: the disk
 * works while the network does, rather than after it. A step starts after every
 * {@link #STEP_BYTES} written, unless the previous one is still running.
 *
 * <p>A background force that fails is reported by {@link #finish()}: the kernel reports a failed
 * write-back once, possibly to that force, so the final force alone could miss it.
 *
 * <pre>{@code
 * StepwiseForce force = new StepwiseForce(channel, StepwiseForce.sharedFlusher());
 * force.written(n);      // after each write
 * force.finish();        // before channel.force(true) and the rename
 * }</pre>
 */
final class StepwiseForce {

    static final long STEP_BYTES = 64L << 20;

    private static final Executor FLUSHER = flusher();

    private final FileChannel channel;
    private final Executor executor;
    private long unforced;
    private CompletableFuture<Void> running = CompletableFuture.completedFuture(null);
    private volatile IOException failure;

    StepwiseForce(FileChannel channel, Executor executor) {
        this.channel = channel;
        this.executor = executor;
    }

    /** The SDK's one daemon thread for background forces, started when needed and ended when idle. */
    static Executor sharedFlusher() {
        return FLUSHER;
    }

    /** Counts bytes written; starts a background force when a step is full and none is running. */
    void written(long bytes) {
        unforced += bytes;
        if (unforced >= STEP_BYTES && running.isDone()) {
            unforced = 0;
            running = CompletableFuture.runAsync(this::force, executor);
        }
    }

    /**
     * Waits for a running background force and reports any that failed.
     *
     * @throws InterruptedIOException when interrupted while waiting (the interrupt status is kept)
     */
    void finish() throws IOException {
        try {
            running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException io = new InterruptedIOException("interrupted while forcing the file to disk");
            io.initCause(e);
            throw io;
        } catch (ExecutionException e) {
            throw new IOException("forcing the file to disk failed", e.getCause());
        }
        IOException failed = failure;
        if (failed != null) {
            throw failed;
        }
    }

    /** Waits for a running background force, ignoring how it ends; before the channel is closed. */
    void finishQuietly() {
        boolean interrupted = false;
        while (true) {
            try {
                running.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the force ends by itself soon; closing under it would fail it
            } catch (ExecutionException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void force() {
        try {
            channel.force(false);
        } catch (IOException e) {
            failure = e;
        }
    }

    private static Executor flusher() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "savitarna-download-flush");
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
