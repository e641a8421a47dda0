package lt.savitarna.sdk.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Bounds how long one read of a streamed body may block. The JDK's request timeout stops applying
 * once the headers are in, so a server that stalls mid-body would otherwise hang the reader
 * forever. A watchdog task on the client's one scheduler thread looks at every guarded stream
 * periodically; when a read has been blocked longer than the limit it closes the stream, which
 * wakes the blocked read, and the read then fails with {@link StalledReadException}.
 *
 * <p>Only time spent inside {@code read} counts: a caller that consumes slowly is never cut off.
 *
 * <pre>{@code
 * try (InputStream in = IdleReadGuard.guard(response.stream(), pipeline.scheduler(), timeout)) {
 *     in.transferTo(out); // throws StalledReadException when a read stalls for longer than timeout
 * }
 * }</pre>
 */
public final class IdleReadGuard extends InputStream {

    private static final long MIN_PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final long MAX_PERIOD_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final InputStream in;
    private final long limitNanos;
    private final LongSupplier ticker;
    private final ScheduledFuture<?> watchdog;
    private volatile boolean reading;
    private volatile long readStartedAt;
    private volatile boolean stalled;

    private IdleReadGuard(InputStream in, ScheduledExecutorService scheduler, Duration limit, LongSupplier ticker) {
        this.in = in;
        this.limitNanos = limit.toNanos();
        this.ticker = ticker;
        long period = Math.max(MIN_PERIOD_NANOS, Math.min(MAX_PERIOD_NANOS, limitNanos / 4));
        this.watchdog = scheduler == null ? null
                : scheduler.scheduleWithFixedDelay(this::check, period, period, TimeUnit.NANOSECONDS);
    }

    /** Guards {@code in} with a watchdog on {@code scheduler}. */
    public static IdleReadGuard guard(InputStream in, ScheduledExecutorService scheduler, Duration limit) {
        return new IdleReadGuard(in, scheduler, limit, System::nanoTime);
    }

    /** A guard without a periodic task, checked only by calling {@link #check()}; for tests. */
    static IdleReadGuard manual(InputStream in, Duration limit, LongSupplier ticker) {
        return new IdleReadGuard(in, null, limit, ticker);
    }

    /** The watchdog's look: closes the stream when the current read has been blocked too long. */
    void check() {
        if (reading && !stalled && ticker.getAsLong() - readStartedAt >= limitNanos) {
            stalled = true;
            cancelWatchdog();
            try {
                in.close();
            } catch (IOException | RuntimeException e) {
                // The stream is being abandoned; the blocked read reports the stall.
            }
        }
    }

    /** Whether the watchdog cut a stalled read off. */
    public boolean stalled() {
        return stalled;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (stalled) {
            throw stalledFailure(null);
        }
        readStartedAt = ticker.getAsLong();
        reading = true;
        try {
            return in.read(b, off, len);
        } catch (IOException e) {
            if (stalled) {
                throw stalledFailure(e);
            }
            throw e;
        } finally {
            reading = false;
        }
    }

    @Override
    public int available() throws IOException {
        return stalled ? 0 : in.available();
    }

    @Override
    public void close() throws IOException {
        cancelWatchdog();
        in.close();
    }

    private void cancelWatchdog() {
        if (watchdog != null) {
            watchdog.cancel(false);
        }
    }

    private StalledReadException stalledFailure(IOException cause) {
        StalledReadException e = new StalledReadException(Duration.ofNanos(limitNanos));
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    /** A read of a streamed body blocked for longer than the idle limit. */
    public static final class StalledReadException extends SocketTimeoutException {

        private static final long serialVersionUID = 1L;

        private final transient Duration limit;

        StalledReadException(Duration limit) {
            super("no data for " + limit.toMillis() + " ms while reading the body");
            this.limit = limit;
        }

        /** The idle limit that passed. */
        public Duration limit() {
            return limit;
        }
    }
}
