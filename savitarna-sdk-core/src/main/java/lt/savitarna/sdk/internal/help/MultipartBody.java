package lt.savitarna.sdk.internal.help;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import lt.savitarna.sdk.ProgressListener;
import lt.savitarna.sdk.error.LocalFileException;
import lt.savitarna.sdk.internal.http.BodySource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code multipart/form-data} body (RFC 7578) with an optional {@code description} part and a
 * {@code file} part streamed from disk: the JDK's file publisher reads it in chunks as the
 * connection takes them, so memory use does not grow with the file. The boundary is random and
 * fixed for the body's lifetime, so that every attempt of one upload sends identical bytes (the
 * portal compares bodies of a repeated idempotency key).
 *
 * <pre>{@code
 * MultipartBody body = MultipartBody.of(path, "scan.pdf", "application/pdf", "Deklaracija", size);
 * calls.send(op.body(body.source(listener, locale)).idempotent().build(reader));
 * }</pre>
 */
final class MultipartBody {

    private static final Logger LOG = LoggerFactory.getLogger("lt.savitarna.sdk.upload");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final String boundary;
    private final byte[] head;
    private final byte[] tail;
    private final long length;

    private MultipartBody(Path file, String boundary, byte[] head, byte[] tail, long fileSize) {
        this.file = file;
        this.boundary = boundary;
        this.head = head;
        this.tail = tail;
        this.length = head.length + fileSize + tail.length;
    }

    /**
     * Lays out the body.
     *
     * @param fileName    the name the portal sees, already made safe
     * @param description the description, or {@code null}
     * @param fileSize    the file's size now
     */
    static MultipartBody of(Path file, String fileName, String mediaType, String description, long fileSize) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String boundary = "savitarna-" + HexFormat.of().formatHex(random);
        StringBuilder head = new StringBuilder();
        if (description != null) {
            head.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"description\"\r\n")
                    .append("Content-Type: text/plain; charset=UTF-8\r\n\r\n")
                    .append(description).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(quoted(fileName))
                .append("\"\r\n")
                .append("Content-Type: ").append(mediaType).append("\r\n\r\n");
        String tail = "\r\n--" + boundary + "--\r\n";
        return new MultipartBody(file, boundary, head.toString().getBytes(StandardCharsets.UTF_8),
                tail.getBytes(StandardCharsets.US_ASCII), fileSize);
    }

    /** The boundary. */
    String boundary() {
        return boundary;
    }

    /** The body's length in bytes, sent as {@code Content-Length}. */
    long length() {
        return length;
    }

    /** The body as a source that publishes it afresh for every attempt, reporting progress. */
    BodySource source(ProgressListener progress, Locale locale) {
        return BodySource.of("multipart/form-data; boundary=" + boundary, () -> {
            HttpRequest.BodyPublisher fileBytes;
            try {
                fileBytes = HttpRequest.BodyPublishers.ofFile(file);
            } catch (FileNotFoundException e) {
                throw new LocalFileException(file, locale, e);
            }
            return new Counting(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                    fileBytes, HttpRequest.BodyPublishers.ofByteArray(tail)), progress);
        });
    }

    /**
     * RFC 7578 section 4.2 asks for the name as UTF-8 in the quoted string (not {@code filename*});
     * quotes and line breaks are percent-encoded as browsers do.
     */
    private static String quoted(String name) {
        return name.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Counts the bytes the connection takes and reports them; never changes what is sent. */
    private static final class Counting implements HttpRequest.BodyPublisher {
        private final HttpRequest.BodyPublisher delegate;
        private final ProgressListener progress;

        Counting(HttpRequest.BodyPublisher delegate, ProgressListener progress) {
            this.delegate = delegate;
            this.progress = progress;
        }

        @Override
        public long contentLength() {
            return delegate.contentLength();
        }

        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
            long total = delegate.contentLength();
            AtomicLong sent = new AtomicLong();
            delegate.subscribe(new Flow.Subscriber<ByteBuffer>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscriber.onSubscribe(subscription);
                }

                @Override
                public void onNext(ByteBuffer item) {
                    long now = sent.addAndGet(item.remaining());
                    subscriber.onNext(item);
                    try {
                        progress.onProgress(now, total);
                    } catch (RuntimeException e) {
                        LOG.debug("upload progress listener failed; ignored", e);
                    }
                }

                @Override
                public void onError(Throwable throwable) {
                    subscriber.onError(throwable);
                }

                @Override
                public void onComplete() {
                    subscriber.onComplete();
                }
            });
        }
    }
}
