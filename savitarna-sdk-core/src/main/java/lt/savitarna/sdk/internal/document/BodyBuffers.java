package lt.savitarna.sdk.internal.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A streamed body received as the HTTP client's own buffers, a few of them queued ahead of the
 * reader: the client keeps reading the socket while the reader hashes and writes what came before,
 * and the reader takes every buffer that is waiting in one go, so that it can hand them to the
 * file in one gathering write. At most {@link #QUEUED_ITEMS} of the client's deliveries are held,
 * which bounds the heap whatever the body's size.
 *
 * <p>Waiting for the next buffer is bounded by an idle limit; time the reader spends elsewhere
 * never counts. It also reads as an {@link InputStream}, for code that wants bytes.
 *
 * <pre>{@code
 * BodyBuffers body = new BodyBuffers();      // as the answer's BodySubscriber
 * List<ByteBuffer> batch = new ArrayList<>();
 * while (body.take(batch, Duration.ofSeconds(30))) {
 *     channel.write(batch.toArray(ByteBuffer[]::new));
 *     batch.clear();
 * }
 * }</pre>
 */
final class BodyBuffers extends InputStream implements HttpResponse.BodySubscriber<InputStream> {

    /** Deliveries held ahead of the reader; the JDK's own input stream holds one. */
    static final int QUEUED_ITEMS = 16;

    // Markers compared by identity: two lists of their own (List.of() is one shared instance).
    private static final List<ByteBuffer> END = List.of(ByteBuffer.allocate(0));
    private static final List<ByteBuffer> FAILED = List.of(ByteBuffer.allocate(0));

    // Bounded by the demand, which never exceeds QUEUED_ITEMS deliveries not yet taken.
    private final BlockingQueue<List<ByteBuffer>> queue = new LinkedBlockingQueue<>();
    private final CompletableFuture<InputStream> body = CompletableFuture.completedFuture(this);
    private volatile Flow.Subscription subscription;
    private volatile boolean closed;
    private volatile Throwable failure;
    private boolean ended;
    private boolean reading;
    private ByteBuffer current;
    private List<ByteBuffer> pending;
    private int pendingIndex;

    @Override
    public void onSubscribe(Flow.Subscription s) {
        Objects.requireNonNull(s, "subscription");
        if (subscription != null || closed) {
            s.cancel();
            return;
        }
        subscription = s;
        if (closed) { // closed while subscribing
            s.cancel();
            return;
        }
        // One delivery until the reader starts, as the JDK's own stream: the client then reads no
        // further, so a connection that breaks early fails the body, not the answer's headers.
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        queue.add(item);
    }

    @Override
    public void onError(Throwable t) {
        failure = Objects.requireNonNull(t, "failure");
        queue.offer(FAILED);
    }

    @Override
    public void onComplete() {
        queue.offer(END);
    }

    @Override
    public CompletionStage<InputStream> getBody() {
        return body;
    }

    /**
     * Adds to {@code into} (empty) every buffer that has arrived, waiting up to {@code idleLimit}
     * for the first one.
     *
     * @return {@code false} at the end of the body, when nothing was added
     * @throws BodyStalledException when nothing arrived within {@code idleLimit}
     * @throws IOException when the connection broke off, or the waiting thread was interrupted
     *         ({@link InterruptedIOException}, with the thread's interrupt status kept)
     */
    boolean take(List<ByteBuffer> into, Duration idleLimit) throws IOException {
        if (current != null && current.hasRemaining()) {
            into.add(current); // left over by read(): hand it on first
            current = null;
        }
        if (pending != null) {
            into.addAll(pending.subList(pendingIndex, pending.size()));
            pending = null;
        }
        if (!into.isEmpty()) {
            return true;
        }
        if (ended) {
            return false;
        }
        startReading();
        List<ByteBuffer> item = await(idleLimit);
        int taken = 0;
        while (item != null) {
            if (item == END || item == FAILED) {
                if (into.isEmpty()) {
                    return end(item);
                }
                queue.add(item); // report it on the next call, after these bytes are stored
                break;
            }
            into.addAll(item);
            taken++;
            item = queue.poll();
        }
        request(taken);
        return true;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        while (current == null || !current.hasRemaining()) {
            if (pending != null && pendingIndex < pending.size()) {
                current = pending.get(pendingIndex++);
                continue;
            }
            pending = null;
            if (ended) {
                return -1;
            }
            startReading();
            List<ByteBuffer> item = await(null);
            if (item == END || item == FAILED) {
                end(item);
                return -1;
            }
            request(1);
            pending = item;
            pendingIndex = 0;
        }
        int n = Math.min(len, current.remaining());
        current.get(b, off, n);
        return n;
    }

    @Override
    public int available() {
        return current == null ? 0 : current.remaining();
    }

    /**
     * Stops the transfer: cancelling the subscription closes the exchange. A reader still waiting
     * in another thread fails rather than waiting on.
     */
    @Override
    public void close() {
        closed = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        queue.clear();
        if (failure == null) {
            failure = new IOException("the body is closed");
        }
        queue.add(FAILED);
    }

    private List<ByteBuffer> await(Duration idleLimit) throws IOException {
        if (closed) {
            throw new IOException("the body is closed");
        }
        try {
            if (idleLimit == null) {
                return queue.take();
            }
            List<ByteBuffer> item = queue.poll(idleLimit.toNanos(), TimeUnit.NANOSECONDS);
            if (item == null) {
                close();
                throw new BodyStalledException(idleLimit);
            }
            return item;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            InterruptedIOException io = new InterruptedIOException("interrupted while waiting for the body");
            io.initCause(e);
            throw io;
        }
    }

    private boolean end(List<ByteBuffer> marker) throws IOException {
        ended = true;
        if (marker == FAILED) {
            Throwable t = failure;
            throw t instanceof IOException io ? io : new IOException(t);
        }
        return false;
    }

    /** Lets the client read ahead once the reader is there to take what it reads. */
    private void startReading() {
        if (!reading) {
            reading = true;
            request(QUEUED_ITEMS - 1);
        }
    }

    private void request(int n) {
        Flow.Subscription s = subscription;
        if (n > 0 && s != null && !closed) {
            s.request(n);
        }
    }

    /** No byte of the body arrived for longer than the idle limit. */
    static final class BodyStalledException extends SocketTimeoutException {

        private static final long serialVersionUID = 1L;

        private final transient Duration limit;

        BodyStalledException(Duration limit) {
            super("no data for " + limit.toMillis() + " ms while reading the body");
            this.limit = limit;
        }

        /** The idle limit that passed. */
        Duration limit() {
            return limit;
        }
    }
}
