package lt.savitarna.sdk.internal.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

/** The queue of the client's buffers that downloads read from, and the digest taken as they pass. */
class BodyBuffersTest {

    private static final Duration IDLE = Duration.ofSeconds(5);

    private final Demand demand = new Demand();
    private final BodyBuffers body = new BodyBuffers();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final StreamDestination destination = new StreamDestination(out);

    @Test
    void theDigestOfBuffersOfEveryShapeEqualsTheDigestOfTheWholeBody() throws Exception {
        byte[] whole = new byte[200_003];
        new Random(7).nextBytes(whole);
        body.onSubscribe(demand);
        // Buffers of odd sizes, heap and direct, and slices that start inside their backing array,
        // so that no digest update lines up with SHA-256's 64-byte blocks by chance.
        Random sizes = new Random(11);
        int at = 0;
        int item = 0;
        while (at < whole.length) {
            int n = Math.min(whole.length - at, 1 + sizes.nextInt(20_000));
            body.onNext(List.of(buffer(whole, at, n, item++ % 3)));
            at += n;
            if (item % 5 == 0) {
                takeOnce(destination);
            }
        }
        body.onComplete();
        while (takeOnce(destination)) {
            // until the end
        }

        assertArrayEquals(whole, out.toByteArray());
        assertEquals(whole.length, destination.position);
        assertEquals(hex(MessageDigest.getInstance("SHA-256").digest(whole)), hex(destination.sha.digest()));
    }

    @Test
    void everyBufferThatArrivedIsTakenInOneBatchAndTheEndIsReportedAfterThem() throws IOException {
        body.onSubscribe(demand);
        body.onNext(List.of(bytes(1, 2), bytes(3)));
        body.onNext(List.of(bytes(4)));
        body.onComplete();
        List<ByteBuffer> batch = new ArrayList<>();

        assertTrue(body.take(batch, IDLE));
        assertEquals(3, batch.size(), "the three buffers of two deliveries");
        batch.clear();
        assertFalse(body.take(batch, IDLE));
        assertFalse(body.take(batch, IDLE));
        assertTrue(batch.isEmpty());
    }

    @Test
    void theClientReadsOneDeliveryAheadUntilTheReaderStartsThenAFewAndOneMorePerDeliveryTaken()
            throws IOException {
        body.onSubscribe(demand);
        assertEquals(1, demand.requested, "before the reader is there, as the JDK's own stream");
        body.onNext(List.of(bytes(1)));
        body.onNext(List.of(bytes(2)));

        body.take(new ArrayList<>(), IDLE);

        assertEquals(1 + (BodyBuffers.QUEUED_ITEMS - 1) + 2, demand.requested);
    }

    @Test
    void aBodyThatBreaksOffHandsOverWhatArrivedAndThenFails() throws IOException {
        body.onSubscribe(demand);
        body.onNext(List.of(bytes(1, 2, 3)));
        IOException cut = new IOException("fixed content-length: 10, bytes received: 3");
        body.onError(cut);
        List<ByteBuffer> batch = new ArrayList<>();

        assertTrue(body.take(batch, IDLE));
        assertEquals(3, batch.get(0).remaining());
        assertSame(cut, assertThrows(IOException.class, () -> body.take(new ArrayList<>(), IDLE)));
    }

    @Test
    void aBodyWithNothingWithinTheIdleLimitStallsAndIsCancelled() {
        body.onSubscribe(demand);

        BodyBuffers.BodyStalledException e = assertThrows(BodyBuffers.BodyStalledException.class,
                () -> body.take(new ArrayList<>(), Duration.ZERO));

        assertEquals(Duration.ZERO, e.limit());
        assertTrue(demand.cancelled, "the exchange is closed");
    }

    @Test
    void anInterruptedReaderFailsKeepsItsInterruptAndCancels() {
        body.onSubscribe(demand);
        Thread.currentThread().interrupt();
        try {
            assertThrows(InterruptedIOException.class, () -> body.take(new ArrayList<>(), IDLE));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
        assertTrue(demand.cancelled);
    }

    @Test
    void closingCancelsAndAReaderWaitingLaterFails() {
        body.onSubscribe(demand);

        body.close();

        assertTrue(demand.cancelled);
        assertThrows(IOException.class, () -> body.take(new ArrayList<>(), IDLE));
        Demand late = new Demand();
        body.onSubscribe(late);
        assertTrue(late.cancelled, "a subscription after closing is cancelled at once");
    }

    @Test
    void itReadsAsAStreamToo() throws IOException {
        body.onSubscribe(demand);
        body.onNext(List.of(bytes(1, 2), bytes(3)));
        body.onNext(List.of(bytes(4, 5)));
        body.onComplete();

        assertEquals(1, body.read());
        assertArrayEquals(new byte[] {2, 3, 4, 5}, body.readAllBytes());
        assertEquals(-1, body.read());
    }

    @Test
    void theBodyIsAvailableAsSoonAsItIsSubscribed() {
        assertSame(body, body.getBody().toCompletableFuture().getNow(null));
    }

    private boolean takeOnce(Destination dest) throws IOException {
        List<ByteBuffer> batch = new ArrayList<>();
        if (!body.take(batch, IDLE)) {
            return false;
        }
        dest.write(batch);
        batch.forEach(b -> assertFalse(b.hasRemaining(), "the destination consumes what it stores"));
        return true;
    }

    private static ByteBuffer buffer(byte[] whole, int at, int n, int shape) {
        switch (shape) {
            case 0:
                return ByteBuffer.wrap(whole, at, n).slice();
            case 1: {
                ByteBuffer direct = ByteBuffer.allocateDirect(n);
                direct.put(whole, at, n).flip();
                return direct;
            }
            default: {
                byte[] padded = new byte[n + 13];
                System.arraycopy(whole, at, padded, 13, n);
                return ByteBuffer.wrap(padded, 13, n); // position inside the array
            }
        }
    }

    private static ByteBuffer bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) values[i];
        }
        return ByteBuffer.wrap(b);
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    /** Records what the subscriber asks of the client. */
    private static final class Demand implements Flow.Subscription {
        long requested;
        boolean cancelled;

        @Override
        public void request(long n) {
            requested += n;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }
}
