package lt.savitarna.sdk.internal.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.List;

/**
 * Where downloaded bytes go, with the running SHA-256 of everything held so far and what is
 * needed to continue a partial copy (the ETag it came from, the file's size and checksum).
 */
abstract class Destination implements AutoCloseable {

    final MessageDigest sha = Checksums.sha256();
    long position;
    String etag;
    long knownSize = -1;
    String knownSha;

    /** Stores the remaining bytes of {@code buffers} after those already held, consuming them. */
    abstract void append(List<ByteBuffer> buffers) throws IOException;

    /** Whether the bytes held can be dropped to start over. */
    abstract boolean canRestart();

    /**
     * Counts the remaining bytes of {@code buffers} into the checksum and stores them, consuming
     * the buffers.
     *
     * @return how many bytes were stored
     */
    final long write(List<ByteBuffer> buffers) throws IOException {
        long n = 0;
        for (ByteBuffer b : buffers) {
            n += b.remaining();
            if (b.hasArray()) {
                sha.update(b.array(), b.arrayOffset() + b.position(), b.remaining());
            } else {
                sha.update(b.duplicate());
            }
        }
        append(buffers);
        position += n;
        return n;
    }

    /** Drops everything held. */
    void restart() throws IOException {
        sha.reset();
        position = 0;
        etag = null;
        knownSize = -1;
        knownSha = null;
    }

    /** What an answer said of the file, kept for a later resumption. */
    void remember(String etag, String sha256, long size) throws IOException {
        this.etag = etag;
        this.knownSha = sha256;
        this.knownSize = size;
    }

    @Override
    public void close() {
    }
}
