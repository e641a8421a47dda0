package lt.savitarna.sdk.internal.document;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.ByteBuffer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lt.savitarna.sdk.ProgressListener;
import lt.savitarna.sdk.document.Document;
import lt.savitarna.sdk.document.DownloadOptions;
import lt.savitarna.sdk.document.DownloadResult;
import lt.savitarna.sdk.error.ApiException;
import lt.savitarna.sdk.error.ChecksumMismatchException;
import lt.savitarna.sdk.error.ErrorCodes;
import lt.savitarna.sdk.error.LocalFileException;
import lt.savitarna.sdk.error.Problem;
import lt.savitarna.sdk.error.ReadTimeoutException;
import lt.savitarna.sdk.error.TransportException;
import lt.savitarna.sdk.error.UnexpectedResponseException;
import lt.savitarna.sdk.internal.http.HttpPipeline;
import lt.savitarna.sdk.internal.http.IdleReadGuard;
import lt.savitarna.sdk.internal.http.Operation;
import lt.savitarna.sdk.internal.http.Response;
import lt.savitarna.sdk.internal.http.ResponseReader;
import lt.savitarna.sdk.internal.workspace.ScopedCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads a document's file ({@code GET .../documents/{id}/content}) in constant memory.
 *
 * <p>The pipeline repeats failures that happen before the body (connection refused, 5xx); a body
 * that breaks off after its headers is continued here instead: with {@code Range: bytes=N-} and
 * {@code If-Range: <ETag>}, so that the portal sends the rest ({@code 206}) if the file is
 * unchanged, or the whole new file ({@code 200}), which then replaces what was held. Such
 * resumptions follow the client's retry policy (attempts, backoff, budget); a resumption that
 * brings new bytes starts the count again, since the transfer is advancing. Every wait for body
 * bytes is bounded by the idle limit; the whole file is checked against the portal's SHA-256 at the
 * end. The body arrives as the client's own buffers ({@link BodyBuffers}), queued a few ahead, which
 * are hashed and written to the destination in batches without another copy.
 */
final class Downloader {

    private static final Logger LOG = LoggerFactory.getLogger("lt.savitarna.sdk.download");
    private static final String ACCEPT = "application/pdf, application/octet-stream, application/problem+json, */*";
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)");

    private final ScopedCalls calls;
    private final Function<String, Document> metadata;

    Downloader(ScopedCalls calls, Function<String, Document> metadata) {
        this.calls = calls;
        this.metadata = metadata;
    }

    DownloadResult toFile(String documentId, Path target, DownloadOptions options) {
        String path = contentPath(documentId);
        Path finalPath = target;
        String fallbackSha = null;
        if (Files.isDirectory(target)) {
            Document d = metadata.apply(documentId);
            finalPath = target.resolve(d.file().safeFileName());
            fallbackSha = d.file().sha256();
        }
        Locale locale = calls.locale();
        if (!options.overwrite() && Files.exists(finalPath)) {
            throw new LocalFileException(finalPath, locale, new FileAlreadyExistsException(finalPath.toString()));
        }
        PartFile part;
        try {
            part = PartFile.open(finalPath, documentId, options.resume(), options.forceToDisk());
        } catch (IOException e) {
            throw new LocalFileException(finalPath, locale, e);
        }
        try (part) {
            Transfer t = new Transfer(documentId, path, part, fallbackSha, options);
            Finished done = run(t);
            try {
                part.commit(options.overwrite());
            } catch (IOException e) {
                throw new LocalFileException(finalPath, locale, e);
            }
            return new DownloadResult(finalPath, done.size, done.sha256, done.resumedFrom);
        }
    }

    long toStream(String documentId, OutputStream out, DownloadOptions options) {
        Transfer t = new Transfer(documentId, contentPath(documentId), new StreamDestination(out), null, options);
        return run(t).size;
    }

    InputStream open(String documentId) {
        HttpPipeline pipeline = calls.pipeline();
        Operation<InputStream> op = calls.operation("GET", contentPath(documentId))
                .header("Accept", ACCEPT)
                .build(ResponseReader.streaming(r -> {
                    IdleReadGuard in = IdleReadGuard.guard(r.stream(), pipeline.scheduler(), pipeline.attemptTimeout());
                    String expected = Checksums.fromHeaders(r.headers());
                    if (r.status() != 200 || expected == null) {
                        closeQuietly(in);
                        throw r.unexpected(new IllegalStateException(r.status() != 200
                                ? "status " + r.status() + " for a whole file"
                                : "no X-Checksum-SHA256 header"));
                    }
                    return new VerifyingStream(in, expected, documentId, r.requestId(), r.locale());
                }));
        return calls.send(op);
    }

    private Finished run(Transfer t) {
        HttpPipeline pipeline = calls.pipeline();
        Locale locale = calls.locale();
        Operation<Segment> base = calls.operation("GET", t.path)
                .header("Accept", ACCEPT)
                .build(ResponseReader.streaming(BodyBuffers::new, r -> readSegment(t, r)));
        Finished fromPartial = finishFromPartial(t);
        if (fromPartial != null) {
            return fromPartial;
        }
        int failures = 0;
        boolean restartedForChecksum = false;
        Instant resumeDeadline = pipeline.newDeadline();
        while (true) {
            Destination dest = t.dest;
            t.ranged = dest.position > 0 && dest.etag != null;
            if (dest.position > 0 && !t.ranged) {
                restart(t, base.requestId()); // bytes of unknown origin cannot be continued
            }
            Operation<Segment> op = t.ranged
                    ? base.withHeader("Range", "bytes=" + dest.position + "-").withHeader("If-Range", dest.etag)
                    : base;
            t.rangeStart = t.ranged ? dest.position : 0;
            Segment segment;
            try {
                segment = calls.send(op);
            } catch (ApiException e) {
                if (t.ranged && e.status() == 416) {
                    LOG.debug("range from {} of {} not satisfiable; starting over (request id {})", t.rangeStart,
                            t.documentId, op.requestId());
                    restart(t, op.requestId());
                    continue;
                }
                throw e;
            }
            switch (segment.kind) {
                case COMPLETE: {
                    String actual = Checksums.hex(dest.sha.digest());
                    String expected = t.headerSha != null ? t.headerSha : t.fallbackSha;
                    if (expected == null) {
                        discard(t);
                        throw new UnexpectedResponseException(200, op.requestId(), locale,
                                new IllegalStateException("the answer states no X-Checksum-SHA256"));
                    }
                    String required = t.options.expectedSha256().orElse(null);
                    if (expected.equals(actual) && (required == null || required.equals(actual))) {
                        return new Finished(dest.position, actual, t.resumedFrom);
                    }
                    if (expected.equals(actual)) {
                        discard(t);
                        throw new ChecksumMismatchException(t.documentId, required, actual, op.requestId(), locale);
                    }
                    if (t.resumedAny && !restartedForChecksum && dest.canRestart()) {
                        // Joined pieces that do not add up: fetch the whole file once more.
                        LOG.debug("checksum of resumed download of {} does not match; starting over", t.documentId);
                        restartedForChecksum = true;
                        restart(t, op.requestId());
                        continue;
                    }
                    discard(t);
                    throw new ChecksumMismatchException(t.documentId, expected, actual, op.requestId(), locale);
                }
                case RANGE_MISMATCH:
                    restart(t, op.requestId());
                    continue;
                case BROKEN:
                default:
                    if (segment.progressed) {
                        failures = 1;
                        resumeDeadline = pipeline.newDeadline();
                    } else {
                        failures++;
                    }
                    LOG.debug("body of {} broke off at byte {} ({}); attempt {}", t.documentId, dest.position,
                            segment.cause.toString(), failures);
                    if (Thread.currentThread().isInterrupted()) {
                        throw new TransportException(ErrorCodes.INTERRUPTED, op.requestId(), failures, locale,
                                segment.cause);
                    }
                    boolean resumable = dest.position == 0 || dest.etag != null || dest.canRestart();
                    if (!resumable || !pipeline.awaitRetry(failures, resumeDeadline, op.requestId())) {
                        throw failure(segment.cause, failures, op.requestId(), locale);
                    }
            }
        }
    }

    /** A partial file that already holds the whole file, verified: the crash came just before the rename. */
    private Finished finishFromPartial(Transfer t) {
        Destination dest = t.dest;
        if (dest.position == 0 || dest.knownSha == null || dest.position != dest.knownSize) {
            return null;
        }
        String actual = Checksums.hex(copy(dest.sha).digest());
        String required = t.options.expectedSha256().orElse(null);
        if (actual.equals(dest.knownSha) && (required == null || required.equals(actual))) {
            return new Finished(dest.position, actual, dest.position);
        }
        return null;
    }

    private static MessageDigest copy(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digests can be cloned", e);
        }
    }

    private Segment readSegment(Transfer t, Response r) {
        if (!(r.stream() instanceof BodyBuffers body)) {
            throw new IllegalStateException("the download's body is received as BodyBuffers");
        }
        try {
            HttpHeaders headers = r.headers();
            Destination dest = t.dest;
            long total;
            if (r.status() == 206) {
                Matcher m = CONTENT_RANGE.matcher(headers.firstValue("Content-Range").orElse(""));
                if (!t.ranged || !m.matches() || Long.parseLong(m.group(1)) != dest.position) {
                    return Segment.rangeMismatch();
                }
                total = m.group(3).equals("*") ? -1 : Long.parseLong(m.group(3));
                if (t.resumedFrom == 0) {
                    t.resumedFrom = t.rangeStart;
                }
                t.resumedAny = true;
            } else if (r.status() == 200) {
                if (dest.position > 0) {
                    restart(t, r.requestId()); // the file changed since the partial copy: here is all of it
                }
                total = headers.firstValueAsLong("Content-Length").orElse(-1);
            } else {
                throw r.unexpected(new IllegalStateException("status " + r.status() + " for file content"));
            }
            t.headerSha = Checksums.fromHeaders(headers);
            String etag = headers.firstValue("ETag").filter(e -> !e.startsWith("W/")).orElse(null);
            try {
                dest.remember(etag, t.headerSha, total);
            } catch (IOException e) {
                throw local(t, e);
            }
            ProgressListener progress = t.options.progress();
            progress.onProgress(dest.position, total);
            Duration idleLimit = calls.pipeline().attemptTimeout();
            List<ByteBuffer> batch = new ArrayList<>();
            int[] sizes = new int[BodyBuffers.QUEUED_ITEMS];
            long received = 0;
            while (true) {
                batch.clear();
                try {
                    if (!body.take(batch, idleLimit)) {
                        break;
                    }
                } catch (IOException e) {
                    return Segment.broken(e, received > 0);
                }
                if (sizes.length < batch.size()) {
                    sizes = new int[batch.size()];
                }
                for (int i = 0; i < batch.size(); i++) {
                    sizes[i] = batch.get(i).remaining();
                }
                long before = dest.position;
                try {
                    received += dest.write(batch);
                } catch (IOException e) {
                    throw local(t, e);
                }
                // One report per buffer the client received, as when the body was read buffer by
                // buffer: listeners see the same steps however the buffers were batched.
                for (int i = 0; i < batch.size(); i++) {
                    if (sizes[i] > 0) {
                        before += sizes[i];
                        progress.onProgress(before, total);
                    }
                }
            }
            if (total >= 0 && dest.position < total) {
                return Segment.broken(new EOFException("the body ended at byte " + dest.position + " of " + total),
                        received > 0);
            }
            return Segment.complete();
        } finally {
            body.close();
        }
    }

    /** Drops what is held to start from the first byte; impossible once bytes went to the caller's stream. */
    private void restart(Transfer t, String requestId) {
        if (!t.dest.canRestart()) {
            throw cannotContinue(requestId, calls.locale());
        }
        try {
            t.dest.restart();
        } catch (IOException e) {
            throw local(t, e);
        }
        t.resumedFrom = 0;
        t.headerSha = null;
    }

    private void discard(Transfer t) {
        if (t.dest instanceof PartFile part) {
            try {
                part.discard();
            } catch (IOException e) {
                throw new LocalFileException(part.partPath(), calls.locale(), e);
            }
        }
    }

    private RuntimeException local(Transfer t, IOException e) {
        if (t.dest instanceof PartFile part) {
            return new LocalFileException(part.partPath(), calls.locale(), e);
        }
        return new UncheckedIOException("writing the download to the caller's stream failed", e);
    }

    /**
     * The rest of the file cannot be had (it changed, or the portal could not send a range), and the
     * bytes already written to the caller's stream cannot be taken back.
     */
    private static ApiException cannotContinue(String requestId, Locale locale) {
        return new ApiException(new Problem(null, "Cannot continue the download", 0,
                "the rest of the file cannot be continued and the bytes already written to the stream cannot be"
                        + " taken back; download it again", null, ErrorCodes.RANGE_NOT_SATISFIABLE, requestId,
                List.of()), locale);
    }

    private static TransportException failure(IOException cause, int attempts, String requestId, Locale locale) {
        if (cause instanceof BodyBuffers.BodyStalledException stalled) {
            return new ReadTimeoutException(requestId, attempts, stalled.limit(), locale, cause);
        }
        return new TransportException(ErrorCodes.NETWORK_ERROR, requestId, attempts, locale, cause);
    }

    private static String contentPath(String documentId) {
        return "/documents/" + ScopedCalls.id(documentId, "documentId") + "/content";
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // The body is done with either way.
        }
    }

    /** One download's state across its segments. */
    private static final class Transfer {
        final String documentId;
        final String path;
        final Destination dest;
        final String fallbackSha;
        final DownloadOptions options;
        boolean ranged;
        long rangeStart;
        long resumedFrom;
        boolean resumedAny;
        String headerSha;

        Transfer(String documentId, String path, Destination dest, String fallbackSha, DownloadOptions options) {
            this.documentId = documentId;
            this.path = path;
            this.dest = dest;
            this.fallbackSha = fallbackSha;
            this.options = options;
        }
    }

    /** How one answer's body ended. */
    private static final class Segment {
        enum Kind { COMPLETE, BROKEN, RANGE_MISMATCH }

        final Kind kind;
        final IOException cause;
        final boolean progressed;

        private Segment(Kind kind, IOException cause, boolean progressed) {
            this.kind = kind;
            this.cause = cause;
            this.progressed = progressed;
        }

        static Segment complete() {
            return new Segment(Kind.COMPLETE, null, true);
        }

        static Segment broken(IOException cause, boolean progressed) {
            return new Segment(Kind.BROKEN, cause, progressed);
        }

        static Segment rangeMismatch() {
            return new Segment(Kind.RANGE_MISMATCH, null, false);
        }
    }

    private static final class Finished {
        final long size;
        final String sha256;
        final long resumedFrom;

        Finished(long size, String sha256, long resumedFrom) {
            this.size = size;
            this.sha256 = sha256;
            this.resumedFrom = resumedFrom;
        }
    }
}
