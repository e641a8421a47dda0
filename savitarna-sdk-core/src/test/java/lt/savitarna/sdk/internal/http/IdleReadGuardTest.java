package lt.savitarna.sdk.internal.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IdleReadGuardTest {

    /** A stream fed by the test; a blocked read wakes up (failing) when it is closed. */
    static final class Feed extends InputStream {
        private static final byte[] CLOSED = new byte[0];
        final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
        final CountDownLatch reading = new CountDownLatch(1);
        volatile boolean closed;

        @Override
        public int read() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            reading.countDown();
            byte[] chunk;
            try {
                chunk = chunks.take();
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            if (chunk == CLOSED) {
                throw new IOException("closed");
            }
            System.arraycopy(chunk, 0, b, off, chunk.length);
            return chunk.length;
        }

        @Override
        public void close() {
            closed = true;
            chunks.add(CLOSED);
        }
    }

    @Test
    void aReadBlockedLongerThanTheLimitIsCutOffWithATypedFailure() throws Exception {
        Feed feed = new Feed();
        AtomicLong now = new AtomicLong();
        IdleReadGuard guard = IdleReadGuard.manual(feed, Duration.ofSeconds(30), now::get);
        CompletableFuture<Throwable> reader = CompletableFuture.supplyAsync(() -> {
            try {
                guard.read(new byte[10]);
                return null;
            } catch (IOException e) {
                return e;
            }
        });
        assertTrue(feed.reading.await(5, TimeUnit.SECONDS));

        now.addAndGet(Duration.ofSeconds(29).toNanos());
        guard.check();
        assertFalse(feed.closed, "29 s of waiting is still within the limit");

        now.addAndGet(Duration.ofSeconds(1).toNanos());
        guard.check();

        Throwable failure = reader.get(5, TimeUnit.SECONDS);
        assertTrue(failure instanceof IdleReadGuard.StalledReadException, String.valueOf(failure));
        assertEquals(Duration.ofSeconds(30), ((IdleReadGuard.StalledReadException) failure).limit());
        assertTrue(feed.closed);
        assertTrue(guard.stalled());
        assertThrows(IdleReadGuard.StalledReadException.class, () -> guard.read(new byte[1]));
    }

    @Test
    void aSlowConsumerIsNeverCutOffBetweenReads() throws Exception {
        Feed feed = new Feed();
        AtomicLong now = new AtomicLong();
        IdleReadGuard guard = IdleReadGuard.manual(feed, Duration.ofSeconds(30), now::get);
        feed.chunks.add(new byte[] {1, 2});
        byte[] buf = new byte[2];
        assertEquals(2, guard.read(buf, 0, 2));

        now.addAndGet(Duration.ofHours(1).toNanos()); // the caller takes its time between reads
        guard.check();

        feed.chunks.add(new byte[] {3, 4});
        assertEquals(2, guard.read(buf, 0, 2));
        assertArrayEquals(new byte[] {3, 4}, buf);
        assertFalse(guard.stalled());
    }

    @Test
    void theWatchdogRunsOnTheSchedulerItIsGiven() throws Exception {
        Feed feed = new Feed();
        var scheduler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        try {
            IdleReadGuard guard = IdleReadGuard.guard(feed, scheduler, Duration.ofMillis(50));
            assertThrows(IdleReadGuard.StalledReadException.class, () -> guard.read(new byte[1], 0, 1));
        } finally {
            scheduler.shutdownNow();
        }
    }
}
